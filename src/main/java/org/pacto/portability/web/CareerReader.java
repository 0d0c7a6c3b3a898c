package org.pacto.portability.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException;
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

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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
            return reader.readValue(json, offset, length);
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
                    e == null ? null : new ReferenceEarnings(e.referenceWage(), e.currency())));
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

    private @Nullable LocalDate date(String path, @Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(path, "not-a-date", text));
            return null;
        }
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
