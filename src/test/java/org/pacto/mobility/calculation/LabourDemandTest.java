package org.pacto.mobility.calculation;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LabourDemandTest {

    /**
     * By hand, dt = 1: D(t+1) = D + 0.1 D; E(t+1) = E + 10 − 0.05 E.
     * t=1: D = 132, E = 100 + 10 − 5 = 105, gap 27; t=2: D = 145.2, E = 105 + 10 − 5.25 = 109.75, gap 35.45.
     */
    @Test
    void eulerMatchesTheHandComputedSeries() {
        var series = LabourDemand.run(new LabourDemand.Parameters(2, 1, 100, 120, 0.1, 0.05, 10));
        assertThat(series.points()).hasSize(3);
        var p1 = series.points().get(1);
        assertThat(p1.demand()).isCloseTo(132, within(1e-9));
        assertThat(p1.domesticSupply()).isCloseTo(105, within(1e-9));
        assertThat(p1.gap()).isCloseTo(27, within(1e-9));
        var p2 = series.points().get(2);
        assertThat(p2.t()).isEqualTo(2);
        assertThat(p2.demand()).isCloseTo(145.2, within(1e-9));
        assertThat(p2.domesticSupply()).isCloseTo(109.75, within(1e-9));
        assertThat(p2.gap()).isCloseTo(35.45, within(1e-9));
        // foreign recruitment closes the unfilled gap of the previous step: F(1) = 120 − 100 − 0 = 20
        assertThat(p1.foreign()).isCloseTo(20, within(1e-9));
        assertThat(series.steps()).extracting(Step::code).contains("euler");
    }

    @Test
    void aSmallerStepIntegratesWithMoreSteps() {
        // dt = 0.5: D(1) = 120 · 1.05² = 132.3
        var series = LabourDemand.run(new LabourDemand.Parameters(1, 0.5, 100, 120, 0.1, 0.05, 10));
        assertThat(series.points()).hasSize(3);
        assertThat(series.points().get(2).demand()).isCloseTo(132.3, within(1e-9));
    }

    @Test
    void anOutflowLargerThanTheStockEmptiesItWithoutGoingNegative() {
        var model = StockFlowModel.builder().stock("s", 10)
                .flow("drain", "s", null, (t, s) -> 50).build();
        var run = EulerIntegration.run(model, 2, 1, 10);
        assertThat(run.stocks()[1][0]).isZero();
        assertThat(run.stocks()[2][0]).isZero();
        assertThat(run.toSinks()).isEqualTo(10);
        assertThat(run.steps()).extracting(Step::code).contains("outflow-capped");
    }

    @Test
    void tooManyStepsOrABadStepAreRefused() {
        var model = StockFlowModel.builder().stock("s", 1).build();
        assertThatThrownBy(() -> EulerIntegration.run(model, 10, 0.001, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EulerIntegration.run(model, 1, 0, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A 50-year monthly run of a 20-stock model has one state per month and the start (601). */
    @Test
    void aFiftyYearMonthlyRunOfTwentyStocksHasEveryMonth() {
        var builder = StockFlowModel.builder();
        for (int i = 0; i < 20; i++) {
            builder.stock("s" + i, 100);
        }
        for (int i = 0; i < 20; i++) {
            int from = i;
            builder.flow("f" + i, "s" + i, "s" + ((i + 1) % 20), (t, s) -> 0.1 * s[from]);
            builder.flow("in" + i, null, "s" + i, (t, s) -> 1);
        }
        var model = builder.build();
        // speed is measured in bench/, never by a timed unit test: this checks the size of a 50-year monthly run
        var run = EulerIntegration.run(model, 50, 1.0 / 12, 1000);
        assertThat(run.times()).hasSize(601);
    }

    @Property(tries = 200)
    void stocksNeverGoNegativeAndPeopleAreConserved(
            @ForAll @IntRange(min = 1, max = 30) int years,
            @ForAll @IntRange(min = 1, max = 12) int stepsPerYear,
            @ForAll @DoubleRange(min = 0, max = 100_000) double employment,
            @ForAll @DoubleRange(min = 0, max = 100_000) double demand,
            @ForAll @DoubleRange(min = -1, max = 1) double growth,
            @ForAll @DoubleRange(min = 0, max = 1) double exitRate,
            @ForAll @DoubleRange(min = 0, max = 10_000) double entrants) {
        var p = new LabourDemand.Parameters(years, 1.0 / stepsPerYear, employment, demand, growth, exitRate, entrants);
        var run = EulerIntegration.run(LabourDemand.model(p), years, p.dt(), LabourDemand.MAX_STEPS);
        double start = 0;
        for (double v : run.stocks()[0]) {
            start += v;
        }
        for (double[] row : run.stocks()) {
            for (double v : row) {
                assertThat(v).isGreaterThanOrEqualTo(0);
            }
        }
        double end = 0;
        for (double v : run.stocks()[run.stocks().length - 1]) {
            end += v;
        }
        double expected = start + run.fromSources() - run.toSinks();
        assertThat(end).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected) + run.fromSources())));
    }

    @Property(tries = 100)
    void theGapIsDemandMinusDomesticSupply(@ForAll @DoubleRange(min = 0, max = 1000) double employment,
                                           @ForAll @DoubleRange(min = 0, max = 1000) double demand,
                                           @ForAll @DoubleRange(min = 0, max = 0.2) double growth) {
        var series = LabourDemand.run(new LabourDemand.Parameters(5, 0.5, employment, demand, growth, 0.1, 20));
        for (var p : series.points()) {
            assertThat(p.gap()).isCloseTo(p.demand() - p.domesticSupply(), within(1e-9));
        }
    }
}
