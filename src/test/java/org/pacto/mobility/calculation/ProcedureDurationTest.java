package org.pacto.mobility.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcedureDurationTest {

    private static StepTiming step(int order, int min, int max, String amount, String currency) {
        return new StepTiming(order, min, max, amount == null ? null : new Cost(new BigDecimal(amount), currency));
    }

    @Test
    void stepsOfTheSameOrderRunInParallelAndTheStageTakesTheLongest() {
        var result = ProcedureDuration.of(List.of(step(1, 5, 10, null, null), step(1, 2, 30, null, null)));
        assertThat(result.minDays()).isEqualTo(5);
        assertThat(result.maxDays()).isEqualTo(30);
        assertThat(result.steps().getFirst().code()).isEqualTo("stage-parallel");
    }

    @Test
    void differentOrdersRunInSequenceAndAddUpWithMinAndMaxComputedSeparately() {
        // stage 1: max(3, 1) = 3 .. max(7, 20) = 20; stage 2: 10..15; stage 3: 0..4
        var result = ProcedureDuration.of(List.of(step(2, 10, 15, null, null), step(1, 3, 7, null, null),
                step(1, 1, 20, null, null), step(3, 0, 4, null, null)));
        assertThat(result.minDays()).isEqualTo(3 + 10 + 0);
        assertThat(result.maxDays()).isEqualTo(20 + 15 + 4);
        assertThat(result.steps()).extracting(Step::code)
                .containsExactly("stage-parallel", "stage-sequence", "stage-sequence", "duration-total");
    }

    @Test
    void costsAddUpPerCurrencyWithoutConversion() {
        var result = ProcedureDuration.of(List.of(step(1, 0, 1, "100.50", "USD"), step(2, 0, 1, "25000", "CRC"),
                step(3, 0, 1, "9.50", "USD"), step(3, 0, 1, null, null)));
        assertThat(result.costList()).containsExactly(new Cost(new BigDecimal("25000"), "CRC"),
                new Cost(new BigDecimal("110.00"), "USD"));
    }

    @Test
    void inconsistentDaysAreRefused() {
        assertThatThrownBy(() -> ProcedureDuration.of(List.of(step(1, 5, 4, null, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcedureDuration.of(List.of(step(1, -1, 4, null, null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProcedureIsStaleOnlyAfterTwelveMonthsWithoutVerification() {
        LocalDate verified = LocalDate.of(2025, 12, 2);
        assertThat(ProcedureDuration.isStale(verified, LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(ProcedureDuration.isStale(verified, LocalDate.of(2026, 12, 3))).isTrue();
    }

    @Provide
    Arbitrary<List<StepTiming>> steps() {
        Arbitrary<StepTiming> one = Combinators.combine(Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 400),
                        Arbitraries.of("USD", "MXN", "CRC"), Arbitraries.integers().between(0, 100_000))
                .as((order, a, b, currency, cents) -> new StepTiming(order, Math.min(a, b), Math.max(a, b),
                        new Cost(BigDecimal.valueOf(cents, 2), currency)));
        return one.list().ofMinSize(1).ofMaxSize(12);
    }

    /** The range is never inverted, lies between the longest step and the sum of all, and costs are kept. */
    @Property
    void theRangeIsBoundedByTheLongestStepAndTheSumOfAllSteps(@ForAll("steps") List<StepTiming> timings) {
        var result = ProcedureDuration.of(timings);
        assertThat(result.minDays()).isLessThanOrEqualTo(result.maxDays());
        assertThat(result.maxDays()).isGreaterThanOrEqualTo(timings.stream().mapToInt(StepTiming::daysMax).max().orElse(0));
        assertThat(result.maxDays()).isLessThanOrEqualTo(timings.stream().mapToInt(StepTiming::daysMax).sum());
        assertThat(result.minDays()).isLessThanOrEqualTo(timings.stream().mapToInt(StepTiming::daysMin).sum());
        BigDecimal sent = timings.stream().map(t -> t.cost().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal added = result.costs().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(added).isEqualByComparingTo(sent);
    }

    /** The order the steps are listed in does not matter. */
    @Property
    void theListingOrderDoesNotChangeTheResult(@ForAll("steps") List<StepTiming> timings) {
        var reversed = new ArrayList<>(timings);
        java.util.Collections.reverse(reversed);
        var a = ProcedureDuration.of(timings);
        var b = ProcedureDuration.of(reversed);
        assertThat(b.minDays()).isEqualTo(a.minDays());
        assertThat(b.maxDays()).isEqualTo(a.maxDays());
        assertThat(b.costList()).isEqualTo(a.costList());
    }
}
