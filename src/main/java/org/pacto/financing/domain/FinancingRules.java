package org.pacto.financing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;

/**
 * The checks every input of the financing mechanism passes before anything is written. Each check adds its
 * field's problem to the list, so one answer names every field at fault; {@link #done} throws them together.
 */
final class FinancingRules {

    static final int NAME_LIMIT = 300;
    static final int TEXT_LIMIT = 20_000;
    static final int LIST_LIMIT = 200;
    /** Money columns are numeric(20, 2). */
    static final int MONEY_DIGITS = 18;
    static final int MONEY_SCALE = 2;
    private static final Set<String> CURRENCIES = Set.of("USD", "EUR", "CHF", "GBP", "CAD", "ARS", "BRL", "CLP", "COP",
            "CRC", "DOP", "GTQ", "HNL", "MXN", "PEN", "PYG", "UYU", "BOB", "XCD", "JMD", "TTD", "HTG");

    private final List<FieldProblem> problems = new ArrayList<>();

    static FinancingRules check() {
        return new FinancingRules();
    }

    String text(String field, @Nullable String value, int limit) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required"));
            return "";
        }
        String stripped = value.strip();
        if (stripped.length() > limit) {
            problems.add(new FieldProblem(field, "too-long", limit));
        }
        return stripped;
    }

    @Nullable String optionalText(String field, @Nullable String value, int limit) {
        return value == null || value.isBlank() ? null : text(field, value, limit);
    }

    String currency(String field, @Nullable String value) {
        String code = text(field, value, 3).toUpperCase(java.util.Locale.ROOT);
        if (!code.isEmpty() && !CURRENCIES.contains(code)) {
            problems.add(new FieldProblem(field, "unknown-currency", code));
        }
        return code;
    }

    BigDecimal money(String field, @Nullable BigDecimal value, boolean positive) {
        if (value == null) {
            problems.add(new FieldProblem(field, "required"));
            return BigDecimal.ZERO;
        }
        var refusal = InputLimits.decimalRefusal(value, MONEY_DIGITS, MONEY_SCALE);
        if (refusal.isPresent()) {
            problems.add(refusal.get().equals("number-too-large")
                    ? new FieldProblem(field, "number-too-large", MONEY_DIGITS)
                    : new FieldProblem(field, "too-many-decimals", MONEY_SCALE));
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0 || (positive && value.signum() == 0)) {
            problems.add(new FieldProblem(field, positive ? "must-be-positive" : "negative"));
        }
        return value;
    }

    BigDecimal measure(String field, @Nullable BigDecimal value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "required"));
            return BigDecimal.ZERO;
        }
        var refusal = InputLimits.decimalRefusal(value, 16, 4);
        refusal.ifPresent(code -> problems.add(new FieldProblem(field, code, code.equals("number-too-large") ? 16 : 4)));
        return refusal.isPresent() ? BigDecimal.ZERO : value;
    }

    int between(String field, @Nullable Integer value, int min, int max) {
        if (value == null) {
            problems.add(new FieldProblem(field, "required"));
            return min;
        }
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, "out-of-range", min, max));
            return min;
        }
        return value;
    }

    @Nullable UUID id(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required"));
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "invalid-id", InputLimits.shortened(value)));
            return null;
        }
    }

    <T> List<T> list(String field, @Nullable List<T> values, boolean required) {
        if (values == null || values.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "required"));
            }
            return List.of();
        }
        if (values.size() > LIST_LIMIT) {
            problems.add(new FieldProblem(field, "too-many", LIST_LIMIT));
            return List.of();
        }
        return values;
    }

    void problem(String field, String code, Object... arguments) {
        problems.add(new FieldProblem(field, code, arguments));
    }

    void done() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
