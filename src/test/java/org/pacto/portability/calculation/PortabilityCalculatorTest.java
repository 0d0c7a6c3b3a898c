package org.pacto.portability.calculation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacto.portability.calculation.Fixtures.CALCULATOR;
import static org.pacto.portability.calculation.Fixtures.compulsory;
import static org.pacto.portability.calculation.Fixtures.d;
import static org.pacto.portability.calculation.Fixtures.days;
import static org.pacto.portability.calculation.Fixtures.eur;
import static org.pacto.portability.calculation.Fixtures.man;
import static org.pacto.portability.calculation.Fixtures.oldAge;
import static org.pacto.portability.calculation.Fixtures.period;
import static org.pacto.portability.calculation.Fixtures.woman;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.portability.calculation.Fixtures.FixedScheme;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.FlatAmount;
import org.pacto.portability.calculation.catalog.Catalog;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.StandardAgreements;

class PortabilityCalculatorTest {

  @Test
  void spainAndEcuadorAreLinkedByCmissAndTheBilateralAndTheMoreFavourableIsKept() {
    var request = oldAge(man("1958-01-01"), "ES", "2026-03-01", List.of(
        compulsory("EC", "1985-01-01", "1999-12-31"),
        compulsory("ES", "2000-01-01", "2025-12-31")), Map.of("ES", eur("1500.00")));
    CalculationResult result = CALCULATOR.calculate(request);

    assertThat(result.agreements()).extracting(AgreementFound::id)
        .containsExactly(StandardAgreements.CMISS, StandardAgreements.SPAIN_ECUADOR);
    CountryResult es = result.result("ES").orElseThrow();
    assertThat(es.agreement()).isEqualTo(StandardAgreements.CMISS);
    assertThat(es.eligibleAlone()).isTrue();
    assertThat(es.basis()).isEqualTo("independent");
    // 26 years = 9497 days = 312 complete months of 365/12 days, 132 beyond the 15 years:
    // 50 + 49*0.21 + 83*0.19 = 76.06 % of 1500
    assertThat(es.independentAmount()).isEqualByComparingTo("1140.90");
    assertThat(es.amountDue()).isEqualByComparingTo("1140.90");
    assertThat(es.currency()).isEqualTo("EUR");
    assertThat(es.steps()).anyMatch(s -> s.source().contains("CMISS art. 8"));
    assertThat(es.steps()).anyMatch(s -> s.source().contains("CMISS art. 13.1.a"));
    assertThat(es.steps()).extracting(Step::code).contains("periods",
        "entitlement-alone", "agreement-in-force", "totalised-periods", "entitlement-totalised",
        "independent-amount", "choice-independent-entitled-alone", "amount-due", "also-calculated");
    assertThat(es.steps()).filteredOn(s -> s.code().equals("amount-due")).singleElement()
        .satisfies(s -> assertThat(s.arguments()).containsExactly("ES", new java.math.BigDecimal("1140.90"), "EUR",
            Text.of("basis.independent")));

    CountryResult ec = result.result("EC").orElseThrow();
    // Ecuador: 15 years (182 months) at 68: the 65-with-180-contributions route applies
    assertThat(ec.eligibleAlone()).isTrue();
  }

  @Test
  void ecuadorRoutesByAgeAndContributions() {
    var request = oldAge(man("1961-01-01"), "EC", "2026-03-01", List.of(
        compulsory("EC", "1985-01-01", "1999-12-31"),
        compulsory("ES", "2000-01-01", "2025-12-31")),
        Map.of("EC", new ReferenceEarnings(new java.math.BigDecimal("1000"), "USD")));
    CountryResult ec = CALCULATOR.calculate(request).result("EC").orElseThrow();
    // 65y2m with 15 years (5478 days = 182 months >= 180): entitled alone on the 65/15 route
    assertThat(ec.eligibleAlone()).isTrue();
    assertThat(ec.eligibleWithTotalization()).isTrue();
    // alone: 15 years, coefficient 0.5625; totalised with Spain: 41 years, coefficient 1 (40 at most)
    assertThat(ec.independentAmount()).isEqualByComparingTo("562.50");
    assertThat(ec.theoreticalAmount()).isEqualByComparingTo("1000.00");
    // pro-rata 1000 x 5,478 / 14,975 = 365.81 is lower: the independent amount is paid
    assertThat(ec.proRataAmount()).isEqualByComparingTo("365.81");
    assertThat(ec.amountDue()).isEqualByComparingTo("562.50");
  }

  @Test
  void spainNotEntitledAlonePaysProRataUnderCmiss() {
    var request = oldAge(man("1958-01-01"), "ES", "2026-03-01", List.of(
        compulsory("EC", "1980-01-01", "1999-12-31"),
        compulsory("ES", "2000-01-01", "2009-12-31")), Map.of("ES", eur("1500.00")));
    CountryResult es = CALCULATOR.calculate(request).result("ES").orElseThrow();
    assertThat(es.eligibleAlone()).isFalse();
    assertThat(es.eligibleWithTotalization()).isTrue();
    assertThat(es.independentAmount()).isNull();
    // 10958 days = 360 complete months of 365/12 days, 180 beyond: 50 + 10.29 + 131*0.19 = 85.18 % -> 1277.70
    assertThat(es.theoreticalAmount()).isEqualByComparingTo("1277.70");
    assertThat(es.proRataAmount()).isEqualByComparingTo("425.94");
    assertThat(es.amountDue()).isEqualByComparingTo("425.94");
    assertThat(es.basis()).isEqualTo("pro-rata");
    assertThat(es.daysAlone()).isEqualTo(3653);
    assertThat(es.daysTotalised()).isEqualTo(10958);
  }

  @Test
  void countriesWithoutAgreementAreNotTotalisedAndWarned() {
    var request = oldAge(man("1958-01-01"), "ES", "2026-03-01", List.of(
        compulsory("US", "1980-01-01", "1999-12-31"),
        compulsory("ES", "2000-01-01", "2009-12-31")), Map.of("ES", eur("1500.00")));
    CalculationResult result = CALCULATOR.calculate(request);
    assertThat(result.agreements()).isEmpty();
    CountryResult es = result.result("ES").orElseThrow();
    assertThat(es.agreement()).isNull();
    assertThat(es.eligibleWithTotalization()).isFalse();
    assertThat(es.basis()).isEqualTo("not-eligible");
    assertThat(es.amountDue()).isEqualByComparingTo("0.00");
    assertThat(es.warnings()).anyMatch(w -> w.code().equals("no-agreement") && w.arguments().contains("US"));
    CountryResult us = result.result("US").orElseThrow();
    assertThat(us.basis()).isEqualTo("rule-missing");
    assertThat(us.eligibleAlone()).isNull();
  }

  @Test
  void bilateralAppliesWhileCmissIsNotYetInForceForColombia() {
    // Colombia applies CMISS only from 2023-08-01; the Spain–Colombia bilateral is in force since 2008.
    var request = oldAge(man("1955-01-01"), "ES", "2022-03-01", List.of(
        compulsory("CO", "1980-01-01", "1999-12-31"),
        compulsory("ES", "2000-01-01", "2009-12-31")), Map.of());
    CalculationResult result = CALCULATOR.calculate(request);
    assertThat(result.agreements()).extracting(AgreementFound::id).containsExactly(StandardAgreements.SPAIN_COLOMBIA);
    assertThat(result.result("ES").orElseThrow().agreement()).isEqualTo(StandardAgreements.SPAIN_COLOMBIA);
  }

  @Test
  void definedContributionSchemeReportsEligibilityButNoAmount() {
    var request = oldAge(woman("1960-01-01"), "CL", "2026-03-01", List.of(
        compulsory("CL", "1990-01-01", "2019-12-31"),
        compulsory("ES", "2020-01-01", "2025-12-31")), Map.of("CL", new ReferenceEarnings(new BigDecimal("900000"), "CLP")));
    CountryResult cl = CALCULATOR.calculate(request).result("CL").orElseThrow();
    assertThat(cl.eligibleAlone()).isTrue();
    assertThat(cl.amountDue()).isNull();
    assertThat(cl.basis()).isEqualTo("defined-contribution");
    assertThat(cl.warnings()).anyMatch(w -> w.code().equals("defined-contribution"));
  }

  @Test
  void overlapsAndGapsAreWarned() {
    var request = oldAge(man("1958-01-01"), "ES", "2026-03-01", List.of(
        compulsory("ES", "2000-01-01", "2010-12-31"),
        period("PT", "2010-01-01", "2012-12-31", PeriodKind.VOLUNTARY),
        compulsory("ES", "2014-01-01", "2025-12-31")), Map.of("ES", eur("1000.00")));
    CountryResult es = CALCULATOR.calculate(request).result("ES").orElseThrow();
    assertThat(es.agreement()).isEqualTo(StandardAgreements.EU);
    assertThat(es.warnings()).anyMatch(w -> w.code().equals("overlap-resolved") && w.arguments().getFirst().equals(365L));
    assertThat(es.warnings()).anyMatch(w -> w.code().equals("gap") && w.arguments().contains(LocalDate.parse("2013-01-01")));
  }

  @Test
  void periodRunningPastTheClaimDateIsTruncated() {
    var request = oldAge(man("1958-01-01"), "ES", "2026-03-01", List.of(
        compulsory("ES", "2000-01-01", "2026-05-31")), Map.of("ES", eur("1000.00")));
    CountryResult es = CALCULATOR.calculate(request).result("ES").orElseThrow();
    assertThat(es.daysAlone()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(d("2000-01-01"), d("2026-03-01")) + 1);
    assertThat(es.warnings()).anyMatch(w -> w.code().equals("period-truncated"));
  }

  @Test
  void pensionAgeNotReachedMeansNotEligible() {
    var request = oldAge(man("1970-01-01"), "ES", "2026-03-01", List.of(
        compulsory("ES", "1990-01-01", "2025-12-31")), Map.of("ES", eur("1000.00")));
    CountryResult es = CALCULATOR.calculate(request).result("ES").orElseThrow();
    assertThat(es.eligibleAlone()).isFalse();
    assertThat(es.basis()).isEqualTo("not-eligible");
    assertThat(es.warnings()).anyMatch(w -> w.code().equals("pension-age-not-reached"));
  }

  /** Regulation 883/2004 art. 57: a state with under one year and no entitlement on it alone pays nothing. */
  @Test
  void shortPeriodStateIsReleasedAndOthersDropItFromTheProRataRatio() {
    NationalRule flat = NationalRule.builder("XX", "test").minimum(PeriodLength.years(1), "test minimum")
        .age(AgeCondition.at(65, 0, "test age")).formula(new FlatAmount(new BigDecimal("1000"), "test flat")).build();
    Catalog catalog = Catalog.of(List.of(StandardAgreements.eu()), List.of(
        new FixedScheme("FR", "EUR", flat), new FixedScheme("DE", "EUR", flat), new FixedScheme("IT", "EUR", flat)));
    var request = oldAge(man("1955-01-01"), "FR", "2024-01-01", List.of(
        days("FR", d("1990-01-01"), 3000), days("DE", d("2000-01-01"), 200), days("IT", d("2001-01-01"), 1000)),
        Map.of());
    CalculationResult result = CALCULATOR.calculate(request, catalog);
    CountryResult de = result.result("DE").orElseThrow();
    assertThat(de.basis()).isEqualTo("released-short-period");
    assertThat(de.amountDue()).isEqualByComparingTo("0");
    CountryResult fr = result.result("FR").orElseThrow();
    // FR counts all 4200 days for entitlement but the ratio excludes the released 200 days: 3000/4000
    assertThat(fr.proRataAmount()).isEqualByComparingTo("750.00");
    assertThat(result.result("IT").orElseThrow().proRataAmount()).isEqualByComparingTo("250.00");
  }

  @Test
  void whenEveryStateWouldBeReleasedTheLastOnePaysOnAllPeriods() {
    NationalRule flat = NationalRule.builder("XX", "test").minimum(PeriodLength.days(300), "test minimum")
        .formula(new FlatAmount(new BigDecimal("600"), "test flat")).age(AgeCondition.at(60, 0, "t")).build();
    Catalog catalog = Catalog.of(List.of(StandardAgreements.eu()), List.of(
        new FixedScheme("FR", "EUR", flat), new FixedScheme("DE", "EUR", flat)));
    var request = oldAge(man("1955-01-01"), "FR", "2024-01-01", List.of(
        days("FR", d("2000-01-01"), 200), days("DE", d("2001-01-01"), 200)), Map.of());
    CalculationResult result = CALCULATOR.calculate(request, catalog);
    assertThat(result.result("FR").orElseThrow().basis()).isEqualTo("released-short-period");
    CountryResult de = result.result("DE").orElseThrow();
    assertThat(de.basis()).isEqualTo("last-state-all-periods");
    assertThat(de.amountDue()).isEqualByComparingTo("600.00");
  }

  @Test
  void higherOfIndependentAndProRataUnderTheEuRegulation() {
    // Spain 20 years alone, 10 years in France: independent 938.55 beats pro-rata 855.56 (see WorkedExamplesTest).
    var request = oldAge(man("1958-01-01"), "ES", "2026-03-01", List.of(
        compulsory("FR", "1996-01-01", "2005-12-31"),
        compulsory("ES", "2006-01-01", "2025-12-31")), Map.of("ES", eur("1500.00")));
    CountryResult es = CALCULATOR.calculate(request).result("ES").orElseThrow();
    assertThat(es.agreement()).isEqualTo(StandardAgreements.EU);
    assertThat(es.basis()).isEqualTo("independent");
    assertThat(es.steps()).anyMatch(s -> s.source().contains("art. 52(3)"));
  }

  @Test
  void everyStepCitesASource() {
    var request = oldAge(man("1958-01-01"), "ES", "2026-03-01", List.of(
        compulsory("EC", "1980-01-01", "1999-12-31"),
        compulsory("ES", "2000-01-01", "2009-12-31")), Map.of("ES", eur("1500.00")));
    CalculationResult result = CALCULATOR.calculate(request);
    assertThat(result.results()).allSatisfy(r -> assertThat(r.steps()).isNotEmpty()
        .allSatisfy(s -> assertThat(s.source()).isNotBlank()));
  }
}
