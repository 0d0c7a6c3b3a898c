package org.pacto.portability.web;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.JsonInput;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.portability.calculation.CalculationRequest;
import org.pacto.portability.calculation.Claim;
import org.pacto.portability.calculation.InsurancePeriod;
import org.pacto.portability.calculation.PeriodKind;
import org.pacto.portability.calculation.Person;
import org.pacto.portability.calculation.ReferenceEarnings;
import org.pacto.portability.calculation.Sex;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a career strictly (unknown fields and malformed JSON are refused) and turns its text
 * fields into the engine's request, naming every field at fault. Range checks (a period that ends
 * before it starts, a future claim, an unknown country) are the engine's ({@code RequestValidation}).
 */
final class CareerReader {

    /** A reference wage: at most 12 digits before the point and 4 after (no currency needs more). */
    static final int WAGE_DIGITS = 12;
    static final int WAGE_DECIMALS = 4;
    /** Strict, and with the platform's bounds on text, numbers and dates ({@link JsonInput}). */
    private static final JsonMapper STRICT = JsonInput.apply(JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS))
            .build();
    private static final ObjectReader READER = STRICT.readerFor(CareerJson.class);

    private final List<FieldProblem> problems = new ArrayList<>();

    private CareerReader() {
    }

    /** Parses one JSON object; unknown fields and malformed JSON become a 400 problem. */
    static CareerJson parse(byte[] json, int offset, int length) {
        return parse(READER, json, offset, length);
    }

    /** Parses any request record of this package as strictly as a career. */
    static <T> T parse(Class<T> type, String json) {
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return parse(STRICT.readerFor(type), bytes, 0, bytes.length);
    }

    private static <T> T parse(ObjectReader reader, byte[] json, int offset, int length) {
        try {
            T value = reader.readValue(json, offset, length);
            if (value == null) {
                // the JSON literal null, or an empty body: there is nothing to calculate
                throw new InvalidInputException(new FieldProblem("body", "required"));
            }
            return value;
        } catch (JsonInput.Refused e) {
            String path = path(e);
            throw new InvalidInputException(new FieldProblem(path.isEmpty() ? "body" : path, e.code(),
                    e.arguments()));
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(new FieldProblem(path(e), "unknown-field", e.getPropertyName()));
        } catch (JacksonException e) {
            String path = path(e);
            throw new InvalidInputException(new FieldProblem(path.isEmpty() ? "body" : path, "unreadable-json"));
        }
    }

    static CareerJson parse(String json) {
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length);
    }

    /** The engine's request; throws {@link InvalidInputException} naming every unreadable field. */
    static CalculationRequest toRequest(CareerJson career) {
        var reader = new CareerReader();
        CalculationRequest request = reader.convert(career);
        if (!reader.problems.isEmpty()) {
            throw new InvalidInputException(reader.problems);
        }
        return request;
    }

    private CalculationRequest convert(CareerJson career) {
        Person person = null;
        if (career.person() != null) {
            person = new Person(date("person.birthDate", career.person().birthDate()),
                    sex(career.person().sex()));
        }
        Claim claim = null;
        if (career.claim() != null) {
            var c = career.claim();
            claim = new Claim(c.benefit(), date("claim.date", c.date()), upper(c.country()),
                    date("claim.contingencyDate", c.contingencyDate()), c.relationship());
        }
        List<InsurancePeriod> periods = null;
        if (career.periods() != null) {
            periods = new ArrayList<>(career.periods().size());
            for (int i = 0; i < career.periods().size(); i++) {
                periods.add(period("periods[" + i + "]", career.periods().get(i)));
            }
        }
        Map<String, ReferenceEarnings> earnings = new LinkedHashMap<>();
        if (career.earnings() != null) {
            career.earnings().forEach((country, e) -> earnings.put(upper(country),
                    e == null ? null : new ReferenceEarnings(wage(country, e.referenceWage()), e.currency())));
        }
        return new CalculationRequest(person, claim, periods, earnings);
    }

    private @Nullable InsurancePeriod period(String path, CareerJson.@Nullable PeriodJson p) {
        if (p == null) {
            return null;
        }
        return new InsurancePeriod(upper(p.country()), date(path + ".from", p.from()), date(path + ".to", p.to()),
                kind(path + ".kind", p.kind()), p.scheme());
    }

    /** A wage within {@link #WAGE_DIGITS} and {@link #WAGE_DECIMALS}: the engine multiplies and prints it. */
    private @Nullable BigDecimal wage(String country, @Nullable BigDecimal wage) {
        if (wage == null) {
            return null;
        }
        var refusal = InputLimits.decimalRefusal(wage, WAGE_DIGITS, WAGE_DECIMALS);
        if (refusal.isPresent()) {
            problems.add(new FieldProblem("referenceEarnings." + upper(country) + ".referenceWage", refusal.get(),
                    refusal.get().equals("too-many-decimals") ? WAGE_DECIMALS : WAGE_DIGITS));
            return BigDecimal.ZERO;
        }
        return wage;
    }

    /** An ISO date within the platform's realistic range: the engine counts days between dates. */
    private @Nullable LocalDate date(String path, @Nullable String text) {
        if (text == null) {
            return null;
        }
        LocalDate plain = plainIsoDate(text);
        if (plain != null && InputLimits.realistic(plain)) {
            return plain;
        }
        return InputLimits.date(text, path, false, problems);
    }

    /**
     * {@code yyyy-mm-dd} read digit by digit: the batch reads several dates per career and
     * {@code LocalDate.parse} costs more than the rest of the line. Anything else (spaces, signs, an
     * impossible day) answers null and goes through {@link InputLimits#date}, which names the problem.
     */
    static @Nullable LocalDate plainIsoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private @Nullable Sex sex(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "female", "f" -> Sex.FEMALE;
            case "male", "m" -> Sex.MALE;
            default -> {
                problems.add(new FieldProblem("person.sex", "unknown-sex", text));
                yield null;
            }
        };
    }

    private @Nullable PeriodKind kind(String path, @Nullable String text) {
        if (text == null) {
            return PeriodKind.COMPULSORY;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "compulsory" -> PeriodKind.COMPULSORY;
            case "voluntary" -> PeriodKind.VOLUNTARY;
            case "credited" -> PeriodKind.CREDITED;
            default -> {
                problems.add(new FieldProblem(path, "unknown-period-kind", text));
                yield null;
            }
        };
    }

    private static @Nullable String upper(@Nullable String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    private static String path(JacksonException e) {
        var out = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
