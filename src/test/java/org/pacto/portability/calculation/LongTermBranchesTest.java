package org.pacto.portability.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacto.portability.calculation.Fixtures.CALCULATOR;
import static org.pacto.portability.calculation.Fixtures.compulsory;
import static org.pacto.portability.calculation.Fixtures.d;
import static org.pacto.portability.calculation.Fixtures.eur;
import static org.pacto.portability.calculation.Fixtures.man;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.portability.calculation.catalog.StandardAgreements;

/**
 * Invalidity and survivors: the facts the engine now asks for (date of the contingency, relationship)
 * and the national conditions that differ from old age. Each case applies the legal text named.
 */
class LongTermBranchesTest {

  private static CalculationRequest claim(String benefit, String claimDate, String contingency, String relationship,
      String claimCountry, List<InsurancePeriod> periods, Map<String, ReferenceEarnings> earnings) {
    return new CalculationRequest(man("1970-01-01"),
        new Claim(benefit, d(claimDate), claimCountry, contingency == null ? null : d(contingency), relationship),
        periods, earnings);
  }

  /** LGSS art. 219.1 (500 days in the 5 years before death) and 52 % of the regulatory base for the spouse. */
  @Test
  void spainWidowsPensionIs52PercentWith500DaysInTheLastFiveYears() {
    var request = claim("survivors", "2025-09-01", "2025-06-30", "spouse", "ES",
        List.of(compulsory("ES", "2024-01-01", "2025-06-30")), Map.of("ES", eur("1500.00")));
    CountryResult es = CALCULATOR.calculate(request).result("ES").orElseThrow();
    assertThat(es.daysAlone()).isEqualTo(547);
    assertThat(es.eligibleAlone()).isTrue();
    assertThat(es.amountDue()).isEqualByComparingTo("780.00"); // 52 % of 1,500
    assertThat(es.steps()).extracting(Step::code).contains("recent-periods");
  }

  /** Decreto 3158/1966 art. 36: an orphan's pension is 20 % of the base; only days before death count. */
  @Test
  void spainOrphansPensionIs20PercentAndPeriodsAfterDeathDoNotCount() {
    var request = claim("survivors", "2025-09-01", "2025-06-30", "child", "ES",
        List.of(compulsory("ES", "2024-01-01", "2025-08-31")), Map.of("ES", eur("1500.00")));
    CountryResult es = CALCULATOR.calculate(request).result("ES").orElseThrow();
    assertThat(es.daysAlone()).isEqualTo(547); // truncated at the date of death
    assertThat(es.amountDue()).isEqualByComparingTo("300.00");
    assertThat(es.warnings()).extracting(Warning::code).contains("period-truncated");
  }

  /**
   * LGSS art. 219.1 and 219.2: 400 recent days are not enough, but 15 years at any time are (the
   * deceased not working at death); without either, no pension.
   */
  @Test
  void spainSurvivorsFifteenYearsAtAnyTimeOrNothing() {
    var old = claim("survivors", "2025-09-01", "2025-06-30", "spouse", "ES",
        List.of(compulsory("ES", "1995-01-01", "2012-12-31"), compulsory("ES", "2024-05-27", "2025-06-30")),
        Map.of("ES", eur("1000.00")));
    assertThat(CALCULATOR.calculate(old).result("ES").orElseThrow().amountDue()).isEqualByComparingTo("520.00");
    var short_ = claim("survivors", "2025-09-01", "2025-06-30", "spouse", "ES",
        List.of(compulsory("ES", "2024-05-27", "2025-06-30")), Map.of("ES", eur("1000.00")));
    CountryResult es = CALCULATOR.calculate(short_).result("ES").orElseThrow();
    assertThat(es.eligibleAlone()).isFalse();
    assertThat(es.basis()).isEqualTo("not-eligible");
  }

  /**
   * LGSS art. 195.3: at 55 the minimum for permanent incapacity from common illness is a quarter of
   * the time since the 20th birthday (35 years: 12,784 days / 4 = 3,196 days), more than 5 years.
   */
  @Test
  void spainInvalidityMinimumDependsOnAgeAtTheContingency() {
    var enough = claim("invalidity", "2025-03-01", "2025-01-01", null, "ES",
        List.of(compulsory("ES", "2016-03-01", "2024-12-31")), Map.of());
    CountryResult es = CALCULATOR.calculate(enough).result("ES").orElseThrow();
    assertThat(es.steps()).anyMatch(s -> s.code().equals("minimum-period")
        && s.arguments().get(2).toString().equals("3196 calendar days"));
    assertThat(es.eligibleAlone()).isTrue();
    assertThat(es.basis()).isEqualTo("rule-missing"); // the degree of incapacity is not asked
    var tooShort = claim("invalidity", "2025-03-01", "2025-01-01", null, "ES",
        List.of(compulsory("ES", "2017-01-01", "2024-12-31")), Map.of());
    assertThat(CALCULATOR.calculate(tooShort).result("ES").orElseThrow().eligibleAlone()).isFalse();
  }

  /**
   * Colombia, Ley 100 de 1993 art. 39 (Ley 860 de 2003): 50 weeks in the 3 years before the invalidity.
   * Ten old Colombian years do not count; under CMISS the recent Spanish periods do (art. 5).
   */
  @Test
  void colombiaInvalidityTotalisesRecentSpanishPeriodsUnderCmiss() {
    var request = claim("invalidity", "2025-03-01", "2025-01-15", null, "CO",
        List.of(compulsory("CO", "2005-01-01", "2014-12-31"), compulsory("ES", "2023-01-01", "2025-01-15")),
        Map.of());
    CalculationResult result = CALCULATOR.calculate(request);
    CountryResult co = result.result("CO").orElseThrow();
    assertThat(co.agreement()).isEqualTo(StandardAgreements.CMISS);
    assertThat(co.eligibleAlone()).isFalse();
    assertThat(co.eligibleWithTotalization()).isTrue();
    assertThat(co.warnings()).anyMatch(w -> w.code().equals("national-rule-missing"));
  }

  /** Brazil, Lei 8.213/1991 art. 25 I (12 contributions) and EC 103/2019 art. 26 §2 (60 % up to 20 years). */
  @Test
  void brazilInvalidityNeedsTwelveContributionsAndPaysSixtyPercent() {
    var request = claim("invalidity", "2025-03-01", "2025-01-15", null, "BR",
        List.of(compulsory("BR", "2023-01-01", "2024-12-31")),
        Map.of("BR", new ReferenceEarnings(new BigDecimal("3000.00"), "BRL")));
    CountryResult br = CALCULATOR.calculate(request).result("BR").orElseThrow();
    assertThat(br.eligibleAlone()).isTrue();
    assertThat(br.amountDue()).isEqualByComparingTo("1800.00");
    assertThat(br.warnings()).noneMatch(w -> w.code().equals("pension-age-not-reached"));
    var tooShort = claim("invalidity", "2025-03-01", "2025-01-15", null, "BR",
        List.of(compulsory("BR", "2024-03-01", "2024-12-31")), Map.of());
    assertThat(CALCULATOR.calculate(tooShort).result("BR").orElseThrow().eligibleAlone()).isFalse();
  }

  /** A branch a country does not catalogue is reported missing instead of reusing its old-age rule. */
  @Test
  void peruInvalidityIsReportedMissingNotComputedWithOldAgeRules() {
    var request = claim("invalidity", "2025-03-01", "2025-01-15", null, "PE",
        List.of(compulsory("PE", "1990-01-01", "2024-12-31")), Map.of());
    CountryResult pe = CALCULATOR.calculate(request).result("PE").orElseThrow();
    assertThat(pe.eligibleAlone()).isNull();
    assertThat(pe.basis()).isEqualTo("rule-missing");
  }

  /** Ecuador, Ley de Seguridad Social art. 186: 60 contributions give entitlement; the amount stays missing. */
  @Test
  void ecuadorInvalidityNeedsSixtyContributionsAndReportsTheAmountMissing() {
    var request = claim("invalidity", "2025-03-01", "2025-01-15", null, "EC",
        List.of(compulsory("EC", "2019-01-01", "2024-12-31")), Map.of());
    CountryResult ec = CALCULATOR.calculate(request).result("EC").orElseThrow();
    assertThat(ec.eligibleAlone()).isTrue();
    assertThat(ec.amountDue()).isNull();
    assertThat(ec.warnings()).anyMatch(w -> w.code().equals("national-rule-missing"));
    var tooShort = claim("invalidity", "2025-03-01", "2025-01-15", null, "EC",
        List.of(compulsory("EC", "2021-01-01", "2024-12-31")), Map.of());
    assertThat(CALCULATOR.calculate(tooShort).result("EC").orElseThrow().eligibleAlone()).isFalse();
  }

  /**
   * Ecuador's montepío under CMISS: 3 Ecuadorian years and 3 Spanish ones reach the 60 contributions
   * (CMISS art. 5 totalisation); alone they do not.
   */
  @Test
  void ecuadorSurvivorsTotaliseSpanishPeriodsUnderCmiss() {
    var request = claim("survivors", "2025-03-01", "2025-01-15", "spouse", "EC",
        List.of(compulsory("EC", "2016-01-01", "2018-12-31"), compulsory("ES", "2019-01-01", "2021-12-31")), Map.of());
    CountryResult ec = CALCULATOR.calculate(request).result("EC").orElseThrow();
    assertThat(ec.eligibleAlone()).isFalse();
    assertThat(ec.eligibleWithTotalization()).isTrue();
  }

  /**
   * Portugal, Decreto-Lei 187/2007: relative invalidity after 5 years; 10 years give 2 % x 10 = 20 %,
   * raised to the 30 % minimum global rate, of EUR 1,500 (IAS 2025).
   */
  @Test
  void portugalInvalidityFiveYearsAndMinimumGlobalRate() {
    var request = claim("invalidity", "2025-03-01", "2025-01-15", null, "PT",
        List.of(compulsory("PT", "2015-01-01", "2024-12-31")), Map.of("PT", eur("1500")));
    CountryResult pt = CALCULATOR.calculate(request).result("PT").orElseThrow();
    assertThat(pt.amountDue()).isEqualByComparingTo("450.00");
    var tooShort = claim("invalidity", "2025-03-01", "2025-01-15", null, "PT",
        List.of(compulsory("PT", "2021-01-01", "2024-12-31")), Map.of("PT", eur("1500")));
    assertThat(CALCULATOR.calculate(tooShort).result("PT").orElseThrow().eligibleAlone()).isFalse();
  }

  /** Portugal, Decreto-Lei 322/90: spouse 60 %, one child 20 % of the deceased's pension (683.62, 30 years). */
  @Test
  void portugalSurvivorsShareOfTheDeceasedsPension() {
    List<InsurancePeriod> career = List.of(compulsory("PT", "1995-01-01", "2024-12-31"));
    CountryResult spouse = CALCULATOR.calculate(claim("survivors", "2025-03-01", "2025-01-15", "spouse", "PT",
        career, Map.of("PT", eur("1000")))).result("PT").orElseThrow();
    assertThat(spouse.amountDue()).isEqualByComparingTo("410.17");
    CountryResult child = CALCULATOR.calculate(claim("survivors", "2025-03-01", "2025-01-15", "child", "PT",
        career, Map.of("PT", eur("1000")))).result("PT").orElseThrow();
    assertThat(child.amountDue()).isEqualByComparingTo("136.72");
    CountryResult parent = CALCULATOR.calculate(claim("survivors", "2025-03-01", "2025-01-15", "parent", "PT",
        career, Map.of("PT", eur("1000")))).result("PT").orElseThrow();
    assertThat(parent.amountDue()).isNull();
  }

  /** Argentina, Decreto 460/1999: 30 months within the 36 before the invalidity; 70 % of the ingreso base. */
  @Test
  void argentinaInvalidityRegularContributorGetsSeventyPercent() {
    var request = claim("invalidity", "2025-03-01", "2025-01-15", null, "AR",
        List.of(compulsory("AR", "2022-01-01", "2024-12-31")),
        Map.of("AR", new ReferenceEarnings(new BigDecimal("800000"), "ARS")));
    CountryResult ar = CALCULATOR.calculate(request).result("AR").orElseThrow();
    assertThat(ar.amountDue()).isEqualByComparingTo("560000.00");
    var irregular = claim("invalidity", "2025-03-01", "2025-01-15", null, "AR",
        List.of(compulsory("AR", "2023-06-01", "2024-12-31")), Map.of());
    assertThat(CALCULATOR.calculate(irregular).result("AR").orElseThrow().eligibleAlone()).isFalse();
  }

  /** Argentina's survivors: the regularity condition is checked, the family shares are reported missing. */
  @Test
  void argentinaSurvivorsCheckRegularityAndReportSharesMissing() {
    var request = claim("survivors", "2025-03-01", "2025-01-15", "spouse", "AR",
        List.of(compulsory("AR", "2020-01-01", "2024-12-31")), Map.of());
    CountryResult ar = CALCULATOR.calculate(request).result("AR").orElseThrow();
    assertThat(ar.eligibleAlone()).isTrue();
    assertThat(ar.amountDue()).isNull();
  }

  /**
   * Colombia, Ley 100 de 1993 art. 48: the survivors' pension is 45 % of the IBL + 2 % per complete 50 weeks
   * beyond 500, at most 75 %. The deceased contributed from 2005-01-01 to death on 2025-01-15: 7,320 days,
   * 1,045 weeks, 10 steps of 50 beyond 500: 65 % of COP 3,000,000.
   */
  @Test
  void colombiaSurvivorsFortyFivePercentPlusTwoPerFiftyWeeksBeyondFiveHundred() {
    var request = claim("survivors", "2025-03-01", "2025-01-15", "spouse", "CO",
        List.of(compulsory("CO", "2005-01-01", "2025-01-15")),
        Map.of("CO", new ReferenceEarnings(new BigDecimal("3000000"), "COP")));
    CountryResult co = CALCULATOR.calculate(request).result("CO").orElseThrow();
    assertThat(co.daysAlone()).isEqualTo(7320);
    assertThat(co.eligibleAlone()).isTrue();
    assertThat(co.amountDue()).isEqualByComparingTo("1950000.00");
  }

  /**
   * Ley 100 de 1993 art. 48, last sentence: never below the legal minimum wage (2025: COP 1,423,500, Decreto
   * 1572 de 2024). 158 weeks on COP 2,000,000 earn 45 %, COP 900,000, raised to the minimum wage; a death in a
   * year whose minimum wage is not catalogued reports the amount missing.
   */
  @Test
  void colombiaSurvivorsNeverBelowTheMinimumWage() {
    var request = claim("survivors", "2025-03-01", "2025-01-15", "child", "CO",
        List.of(compulsory("CO", "2022-01-01", "2025-01-15")),
        Map.of("CO", new ReferenceEarnings(new BigDecimal("2000000"), "COP")));
    CountryResult co = CALCULATOR.calculate(request).result("CO").orElseThrow();
    assertThat(co.amountDue()).isEqualByComparingTo("1423500.00");
    var later = claim("survivors", "2026-03-01", "2026-01-15", "spouse", "CO",
        List.of(compulsory("CO", "2023-01-01", "2026-01-15")),
        Map.of("CO", new ReferenceEarnings(new BigDecimal("2000000"), "COP")));
    CountryResult co2026 = CALCULATOR.calculate(later).result("CO").orElseThrow();
    assertThat(co2026.amountDue()).isNull();
    assertThat(co2026.warnings()).anyMatch(w -> w.code().equals("national-rule-missing"));
  }
}
