package org.pacto.platform;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException.FieldProblem;

/**
 * The bounds every input meets before a module sees it, the same for JSON bodies ({@link JsonInput}),
 * form and query binding ({@code platform.web.InputBinding}) and the few places that parse text by
 * hand. Modules add their own, tighter rules (a pledge's 4 decimals); these only make sure nothing
 * can reach the database or a calculation that they cannot hold.
 *
 * <p>Why each bound: PostgreSQL refuses NUL in text and years outside 4713 BC–294276 AD, and a decimal
 * such as {@code 1e-999999999} is a short string whose plain form has a billion digits (issue 16, item 1).
 */
public final class InputLimits {

    /** Digits before the decimal point of any decimal input (a {@code numeric(20,4)} column holds 16). */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Digits after the decimal point of any decimal input, trailing zeros not counted. */
    public static final int MAX_SCALE = 10;
    /** Characters in one text value; fields have their own, smaller limits. */
    public static final int MAX_TEXT = 100_000;
    /** The dates any input may name: realistic for births, careers, pledges and reports. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    private InputLimits() {
    }

    /**
     * Why a text is refused ({@code control-character} or {@code too-long}), or empty when it is
     * acceptable. Tabs and line breaks are text; every other control character (NUL among them) is not.
     */
    public static Optional<String> textRefusal(String text) {
        if (text.length() > MAX_TEXT) {
            return Optional.of("too-long");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("control-character");
            }
        }
        return Optional.empty();
    }

    /** The text in Unicode NFC, so that the same words compare and index the same way however typed. */
    public static String normalised(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Why a decimal is refused ({@code number-too-large} or {@code too-many-decimals}), or empty.
     * Reads only precision and scale, never the digits' plain form.
     */
    public static Optional<String> decimalRefusal(BigDecimal value, int integerDigits, int scale) {
        if (value.signum() == 0) {
            return Optional.empty();
        }
        // precision − scale is the number of digits before the point (negative for 0.00x)
        long integer = (long) value.precision() - value.scale();
        if (integer > integerDigits) {
            return Optional.of("number-too-large");
        }
        if (value.scale() > scale && value.stripTrailingZeros().scale() > scale) {
            return Optional.of("too-many-decimals");
        }
        return Optional.empty();
    }

    /** {@link #decimalRefusal(BigDecimal, int, int)} with the platform's own bounds. */
    public static Optional<String> decimalRefusal(BigDecimal value) {
        return decimalRefusal(value, MAX_INTEGER_DIGITS, MAX_SCALE);
    }

    /**
     * Reads a decimal typed or sent as text (a comma is a decimal point), or adds the field's problem
     * and answers null: {@code required}, {@code not-a-number}, {@code number-too-large} (with the
     * largest number of integer digits) or {@code too-many-decimals} (with the decimals allowed).
     */
    public static @Nullable BigDecimal decimal(@Nullable Object value, String field, boolean required,
                                               int integerDigits, int scale, List<FieldProblem> problems) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                problems.add(new FieldProblem(field, "required"));
            }
            return null;
        }
        String text = value.toString().strip().replace(',', '.');
        BigDecimal number;
        try {
            // the parse itself stays cheap: Jackson also stops numbers at 1,000 characters
            if (text.length() > 1000) {
                throw new NumberFormatException("too long");
            }
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "not-a-number", shortened(text)));
            return null;
        }
        var refusal = decimalRefusal(number, integerDigits, scale);
        if (refusal.isPresent()) {
            problems.add(new FieldProblem(field, refusal.get(),
                    refusal.get().equals("too-many-decimals") ? scale : integerDigits));
            return null;
        }
        return number;
    }

    /** Whether a date lies within {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
    public static boolean realistic(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /**
     * Reads an ISO date ({@code 2026-03-31}), or adds the field's problem and answers null:
     * {@code required}, {@code not-a-date} or {@code date-out-of-range} (with the first and last year).
     */
    public static @Nullable LocalDate date(@Nullable String value, String field, boolean required,
                                           List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "required"));
            }
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "not-a-date", shortened(value)));
            return null;
        }
        if (!realistic(date)) {
            problems.add(dateOutOfRange(field));
            return null;
        }
        return date;
    }

    /** The problem of a date outside the realistic range, naming the range. */
    public static FieldProblem dateOutOfRange(String field) {
        return new FieldProblem(field, "date-out-of-range", EARLIEST_DATE.getYear(), LATEST_DATE.getYear());
    }

    /** At most 40 characters of a refused value, to repeat it in a message without echoing a flood. */
    public static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
