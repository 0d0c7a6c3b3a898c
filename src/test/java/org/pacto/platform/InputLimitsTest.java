package org.pacto.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.platform.InvalidInputException.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.json.JsonMapper;

/** Issue 16, items 1 and 5: the bounds every input meets, JSON and text alike. */
class InputLimitsTest {

    record Value(BigDecimal value, String note) {
    }

    record Report(List<Value> values, LocalDate date, Map<String, String> texts) {
    }

    private static final JsonMapper JSON = JsonInput.apply(JsonMapper.builder()).build();

    @Test
    void decimalsWithAGiantScaleOrSizeAreRefusedWithoutWritingThemOut() {
        for (String text : List.of("1e-999999999", "1e999999999", "9".repeat(400), "0." + "0".repeat(398) + "1")) {
            long start = System.nanoTime();
            assertThat(InputLimits.decimalRefusal(new BigDecimal(text))).as(text).isPresent();
            assertThat(System.nanoTime() - start).as("checked at once").isLessThan(1_000_000_000L);
        }
        assertThat(InputLimits.decimalRefusal(new BigDecimal("1e-999999999"))).contains("too-many-decimals");
        assertThat(InputLimits.decimalRefusal(new BigDecimal("1e999999999"))).contains("number-too-large");
        assertThat(InputLimits.decimalRefusal(new BigDecimal("123456.7800000000000000"))).isEmpty();
        assertThat(InputLimits.decimalRefusal(new BigDecimal("1E+3"))).isEmpty();
    }

    @Test
    void handParsedDecimalsNameTheFieldAndTheirBound() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(InputLimits.decimal("1e-999999999", "values[0].value", true, 15, 4, problems)).isNull();
        assertThat(InputLimits.decimal("1,25", "weight", true, 15, 4, problems)).isEqualByComparingTo("1.25");
        assertThat(InputLimits.decimal("1" + "0".repeat(15), "target", true, 15, 4, problems)).isNull();
        assertThat(InputLimits.decimal("x".repeat(2000), "baseline", true, 15, 4, problems)).isNull();
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("values[0].value", "too-many-decimals"),
                org.assertj.core.groups.Tuple.tuple("target", "number-too-large"),
                org.assertj.core.groups.Tuple.tuple("baseline", "not-a-number"));
        assertThat(problems.getFirst().arguments()).containsExactly(4);
    }

    @Test
    void datesOutsideTheRealisticRangeAreRefused() {
        List<FieldProblem> problems = new ArrayList<>();
        for (String text : List.of("+999999-01-01", "0000-01-01", "-0001-01-01", "1899-12-31")) {
            assertThat(InputLimits.date(text, "deadline", true, problems)).as(text).isNull();
        }
        assertThat(problems).extracting(FieldProblem::code).containsOnly("date-out-of-range");
        assertThat(InputLimits.date("2027-12-31", "deadline", true, problems)).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void controlCharactersAreNotTextButLineBreaksAre() {
        assertThat(InputLimits.textRefusal("a\u0000b")).contains("control-character");
        assertThat(InputLimits.textRefusal("a\u001bb")).contains("control-character");
        assertThat(InputLimits.textRefusal("a\u0085b")).contains("control-character");
        assertThat(InputLimits.textRefusal("línea\r\nsegunda\tcolumna")).isEmpty();
        assertThat(InputLimits.textRefusal("x".repeat(InputLimits.MAX_TEXT + 1))).contains("too-long");
        assertThat(InputLimits.normalised("Bogota\u0301")).isEqualTo("Bogotá");
    }

    @Test
    void jsonRefusalsCarryThePathOfTheField() {
        assertThat(refusal("{\"values\":[{\"value\":1e-999999999}]}").getPathReference())
                .contains("values").contains("[0]").contains("value");
        assertThat(((JsonInput.Refused) refusal("{\"values\":[{\"value\":1e-999999999}]}")).code())
                .isEqualTo("too-many-decimals");
        assertThat(((JsonInput.Refused) refusal("{\"values\":[{\"value\":" + "9".repeat(400) + "}]}")).code())
                .isEqualTo("number-too-large");
        assertThat(((JsonInput.Refused) refusal("{\"values\":[{\"value\":1,\"note\":\"a\\u0000b\"}]}")).code())
                .isEqualTo("control-character");
        assertThat(((JsonInput.Refused) refusal("{\"date\":\"+999999-01-01\"}")).code())
                .isEqualTo("date-out-of-range");
        assertThat(refusal("{\"values\":[null]}")).isInstanceOf(InvalidNullException.class);
        assertThat(refusal("{\"texts\":{\"es\":null}}")).isInstanceOf(InvalidNullException.class);
    }

    @Test
    void acceptedJsonTextIsNormalised() {
        Report report = JSON.readValue("{\"values\":[{\"value\":12.5,\"note\":\"Bogota\\u0301\"}],\"date\":\"2026-06-30\"}",
                Report.class);
        assertThat(report.values().getFirst().note()).isEqualTo("Bogotá");
        assertThat(report.values().getFirst().value()).isEqualByComparingTo("12.5");
    }

    @Test
    void pagesCountFromOneAndSizesAreCapped() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(1, 20));
        assertThat(Paging.of("3", "10").offset()).isEqualTo(20);
        assertThat(new Paging(1, 0).pages(57)).isEqualTo(1);
        assertThat(new Paging(1, 20).pages(57)).isEqualTo(3);
        for (String[] bad : new String[][] {{"0", "20"}, {"-1", "20"}, {"1", "101"}, {"1", "-1"}, {"501", "20"},
            {"x", "20"}, {"1", "99999999999999999999"}}) {
            assertThatThrownBy(() -> Paging.of(bad[0], bad[1])).as(String.join(",", bad))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    private static JacksonException refusal(String json) {
        try {
            JSON.readValue(json, Report.class);
        } catch (JacksonException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }
}
