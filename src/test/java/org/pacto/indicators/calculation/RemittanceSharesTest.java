package org.pacto.indicators.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacto.indicators.calculation.RemittanceShares.CountryFlows;

/** SDG 17.3.2 (SDG metadata 17.3.2, World Bank): remittances ÷ GDP × 100, aggregates as Σ ÷ Σ. */
class RemittanceSharesTest {

    @Test
    void anAggregateIsTheRatioOfSumsNotTheMeanOfRatios() {
        // A: 20/100 = 20 %; B: 1/1000 = 0.1 %; aggregate 21/1100 = 1.909… -> 1.91 % (the mean of ratios: 10.05 %)
        var result = RemittanceShares.compute(List.of(
                new CountryFlows("A", new BigDecimal("20"), new BigDecimal("100")),
                new CountryFlows("B", new BigDecimal("1"), new BigDecimal("1000"))));
        assertThat(result.countries()).extracting(RemittanceShares.CountryShare::value)
                .containsExactly(new BigDecimal("20.00"), new BigDecimal("0.10"));
        assertThat(result.aggregate()).isEqualByComparingTo("1.91");
        assertThat(result.steps().getLast().code()).isEqualTo("remittance-aggregate");
    }
}
