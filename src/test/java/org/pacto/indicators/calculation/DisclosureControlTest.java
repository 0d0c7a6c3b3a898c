package org.pacto.indicators.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The threshold rule and complementary suppression on a small table worked by hand. */
class DisclosureControlTest {

    private static Cell cell(String status, String sex, long n) {
        return Cell.raw(Map.of("status", status, "sex", sex), BigDecimal.valueOf(n * 10), n);
    }

    @Test
    void aSmallCellIsSuppressedWithAPartnerInEveryLineSoMarginsCannotGiveItAway() {
        // foreign/F has 3 respondents (< 5). In the line sex = F it is alone hidden, so native/F goes too (the margin
        // of F would give it away); then the line foreign needs a partner (foreign/M), and the line native
        // (native/F hidden) takes native/M: in a 2 × 2 table one small cell hides all four.
        var table = DisclosureControl.apply(List.of("status", "sex"),
                List.of(cell("native", "F", 40), cell("native", "M", 50), cell("foreign", "F", 3),
                        cell("foreign", "M", 6)));
        assertThat(table.cells()).allSatisfy(c -> assertThat(c.suppressed()).isTrue());
        assertThat(table.steps()).extracting(s -> s.arguments().getLast()).containsExactly(1L, 3L);
    }

    @Test
    void aTableWithoutSmallCellsIsPublishedWhole() {
        var table = DisclosureControl.apply(List.of("status"),
                List.of(cell("native", "F", 40), cell("foreign", "F", 7)).stream()
                        .map(c -> Cell.raw(Map.of("status", c.by().get("status")), c.value(), c.n())).toList());
        assertThat(table.cells()).noneMatch(Cell::suppressed);
        assertThat(table.cells()).extracting(Cell::value).doesNotContainNull();
    }

    @Test
    void measuresAreParsedOrRefusedNamingTheParameter() {
        assertThat(Measure.parse("share:status=foreign")).isEqualTo(new Measure.Share("status", "foreign"));
        assertThat(Measure.parse("mean:age")).isEqualTo(new Measure.Mean("age"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Measure.parse("mean:age; drop table x"))
                .isInstanceOfSatisfying(CalculationInputException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("measure"));
    }
}
