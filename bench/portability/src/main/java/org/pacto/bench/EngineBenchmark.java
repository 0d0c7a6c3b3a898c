package org.pacto.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pacto.portability.calculation.CalculationRequest;
import org.pacto.portability.calculation.CalculationResult;
import org.pacto.portability.calculation.Claim;
import org.pacto.portability.calculation.InsurancePeriod;
import org.pacto.portability.calculation.PeriodKind;
import org.pacto.portability.calculation.Person;
import org.pacto.portability.calculation.PortabilityCalculator;
import org.pacto.portability.calculation.ReferenceEarnings;
import org.pacto.portability.calculation.Sex;
import org.pacto.portability.calculation.catalog.Catalog;

/** Throughput of the portability engine alone on three representative careers. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    private static final LocalDate CLAIM = LocalDate.of(2026, 6, 1);
    private final PortabilityCalculator calculator =
            new PortabilityCalculator(Clock.fixed(CLAIM.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private final Catalog catalog = Catalog.standard();

    /** Ecuador then Spain: CMISS and the bilateral convention compete (CMISS art. 8). */
    private final CalculationRequest spainEcuador = new CalculationRequest(
            new Person(LocalDate.of(1959, 3, 10), Sex.FEMALE), new Claim("old-age", CLAIM, "ES"),
            List.of(new InsurancePeriod("EC", LocalDate.of(1980, 1, 1), LocalDate.of(1991, 12, 31), PeriodKind.COMPULSORY),
                    new InsurancePeriod("ES", LocalDate.of(2000, 1, 1), LocalDate.of(2025, 12, 31), PeriodKind.COMPULSORY)),
            Map.of("ES", new ReferenceEarnings(new BigDecimal("1200"), "EUR")));

    /** Four MERCOSUR countries with an overlap and a short period. */
    private final CalculationRequest mercosur = new CalculationRequest(
            new Person(LocalDate.of(1958, 5, 5), Sex.MALE), new Claim("old-age", CLAIM, "UY"),
            List.of(new InsurancePeriod("AR", LocalDate.of(1978, 1, 1), LocalDate.of(1990, 6, 30), PeriodKind.COMPULSORY),
                    new InsurancePeriod("BR", LocalDate.of(1990, 1, 1), LocalDate.of(2002, 12, 31), PeriodKind.COMPULSORY),
                    new InsurancePeriod("PY", LocalDate.of(2003, 1, 1), LocalDate.of(2003, 8, 31), PeriodKind.VOLUNTARY),
                    new InsurancePeriod("UY", LocalDate.of(2004, 1, 1), LocalDate.of(2023, 12, 31), PeriodKind.COMPULSORY)),
            Map.of("UY", new ReferenceEarnings(new BigDecimal("45000"), "UYU")));

    /** One country only: no agreement needed. */
    private final CalculationRequest spainOnly = new CalculationRequest(
            new Person(LocalDate.of(1959, 1, 1), Sex.MALE), new Claim("old-age", CLAIM, "ES"),
            List.of(new InsurancePeriod("ES", LocalDate.of(1985, 1, 1), LocalDate.of(2025, 12, 31), PeriodKind.COMPULSORY)),
            Map.of("ES", new ReferenceEarnings(new BigDecimal("2100"), "EUR")));

    @Benchmark
    public CalculationResult twoCountriesTwoAgreements() {
        return calculator.calculate(spainEcuador, catalog);
    }

    @Benchmark
    public CalculationResult fourMercosurCountries() {
        return calculator.calculate(mercosur, catalog);
    }

    @Benchmark
    public CalculationResult oneCountry() {
        return calculator.calculate(spainOnly, catalog);
    }
}
