package org.pacto.indicators.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SDG 10.7.1 by the ILO–World Bank guidelines (ILO & World Bank, "Statistics for SDG indicator 10.7.1: Guidelines
 * for collecting data on recruitment costs", 2019): the weighted mean of each worker's recruitment costs divided by
 * first-month earnings. Hand-worked from that definition.
 */
class RecruitmentCostsTest {

    private static RecruitmentWorker worker(String cost, String earnings, String weight, String sex) {
        return new RecruitmentWorker(new BigDecimal(cost), new BigDecimal(earnings), new BigDecimal(weight), sex,
                "GT-US", "9211");
    }

    @Test
    void theIndicatorIsTheWeightedMeanOfRatiosNotTheRatioOfTotals() {
        // ratios 600/1200 = 0.5 (weight 2), 0/1000 = 0 (weight 1), 1500/1000 = 1.5 (weight 1)
        // weighted mean (2·0.5 + 0 + 1.5) / 4 = 0.625 -> 62.50 %; the ratio of totals would be 2100/3200 = 65.63 %
        var result = RecruitmentCosts.compute(List.of(worker("600", "1200", "2", "F"), worker("0", "1000", "1", "M"),
                worker("1500", "1000", "1", "M"), worker("300", "0", "5", "F")));
        assertThat(result.value()).isEqualByComparingTo("62.50");
        assertThat(result.workers()).isEqualTo(3);
        assertThat(result.excluded()).isEqualTo(1);
        assertThat(result.steps()).extracting(Step::code)
                .containsExactly("recruitment-excluded", "recruitment-ratio", "recruitment-value");
    }

    @Test
    void breakdownsComputeTheSameIndicatorWithinEachGroup() {
        var by = RecruitmentCosts.by(List.of(worker("600", "1200", "2", "F"), worker("0", "1000", "1", "M"),
                worker("1500", "1000", "1", "M")), RecruitmentWorker::sex);
        assertThat(by.get("F").value()).isEqualByComparingTo("50.00");
        assertThat(by.get("M").value()).isEqualByComparingTo("75.00");
    }

    @Test
    void withoutAnyEarningsThereIsNoValueAndEveryoneIsCountedAsExcluded() {
        var result = RecruitmentCosts.compute(List.of(worker("10", "0", "1", "F")));
        assertThat(result.value()).isNull();
        assertThat(result.excluded()).isEqualTo(1);
    }

    @Test
    void refusesNegativeCostsAndWeightsThatAreNotPositive() {
        assertThatThrownBy(() -> RecruitmentCosts.compute(List.of(worker("-1", "100", "0", "F"))))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::code).containsExactly("negative", "not-positive"));
    }
}
