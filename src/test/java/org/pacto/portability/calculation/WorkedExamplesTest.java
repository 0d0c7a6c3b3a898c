package org.pacto.portability.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacto.portability.calculation.Fixtures.CALCULATOR;
import static org.pacto.portability.calculation.Fixtures.compulsory;
import static org.pacto.portability.calculation.Fixtures.d;
import static org.pacto.portability.calculation.Fixtures.days;
import static org.pacto.portability.calculation.Fixtures.eur;
import static org.pacto.portability.calculation.Fixtures.man;
import static org.pacto.portability.calculation.Fixtures.oldAge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacto.portability.calculation.Fixtures.FixedScheme;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.FlatAmount;
import org.pacto.portability.calculation.catalog.AmountFormula.Increment;
import org.pacto.portability.calculation.catalog.AmountFormula.PercentageScale;
import org.pacto.portability.calculation.catalog.Catalog;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.PeriodUnit;
import org.pacto.portability.calculation.catalog.StandardAgreements;

/** Worked examples from published explanations of the pro-rata method, reproduced by the engine. */
class WorkedExamplesTest {

  private static final int YEAR = PeriodUnit.YEARS.calendarDays(); // 360 days, 987/2009 art. 13

  /**
   * Source: R. Holzmann, "Do bilateral social security agreements deliver on the portability of
   * pensions and health care benefits? A summary policy paper on four migration corridors between
   * EU and non-EU member states", IZA Journal of European Labor Studies (2016), Table 7 "Example of
   * portable pension benefits calculated with direct and pro rata methods" (a policy paper, not an
   * official guide; used because it states full numbers).
   *
   * <p>State A: full pension of EUR 800 after 40 years, minimum 20 years. State B: 50 % of EUR 1000
   * plus 1 % per year, minimum 25 years, at most 50 years counted. The worker has 18 years in A and
   * 24 years in B; neither state gives entitlement alone, the totalised 42 years do. Pro-rata: "the
   * theoretical amount for full insurance in state A is EUR 800 and in state B is 50 % and 42 x 1 %
   * of EUR 1000 = EUR 920"; "state A pay[s] 18/40 x EUR 800" (= EUR 360: A counts its 40-year
   * maximum instead of the 42 years, as Reg. 883/2004 art. 56(1)(a) prescribes). B's share is 24/42
   * of EUR 920 = EUR 525.71 (our copy of the table is cut after A's figure; B's is recomputed by the
   * same stated method). Years are taken as 360 days so that the ratios are exact.
   */
  @Test
  void holzmannTable7ProRataMethod() {
    NationalRule stateA = NationalRule.builder("AT", "state A")
        .minimum(PeriodLength.years(20), "Holzmann 2016 Table 7: at least 20 years")
        .age(AgeCondition.at(65, 0, "assumed pension age"))
        .formula(new PercentageScale(BigDecimal.ZERO, PeriodLength.days(0), PeriodUnit.YEARS,
            List.of(new Increment(40, new BigDecimal("2.5"))), new BigDecimal("100"), "EUR 800 after 40 years"))
        .maximum(PeriodLength.years(40), "full pension after 40 years")
        .build();
    NationalRule stateB = NationalRule.builder("DE", "state B")
        .minimum(PeriodLength.years(25), "Holzmann 2016 Table 7: at least 25 years")
        .age(AgeCondition.at(65, 0, "assumed pension age"))
        .formula(new PercentageScale(new BigDecimal("50"), PeriodLength.days(0), PeriodUnit.YEARS,
            List.of(new Increment(50, BigDecimal.ONE)), null, "50 % of EUR 1000 plus 1 % per year"))
        .maximum(PeriodLength.years(50), "at most 50 years counted")
        .build();
    Catalog catalog = Catalog.of(List.of(StandardAgreements.eu()),
        List.of(new FixedScheme("AT", "EUR", stateA), new FixedScheme("DE", "EUR", stateB)));
    var request = oldAge(man("1955-01-01"), "AT", "2022-06-01", List.of(
        days("AT", d("1980-01-01"), 18L * YEAR),
        days("DE", d("1980-01-01").plusDays(18L * YEAR), 24L * YEAR)),
        Map.of("AT", eur("800"), "DE", eur("1000")));

    CalculationResult result = CALCULATOR.calculate(request, catalog);

    CountryResult a = result.result("AT").orElseThrow();
    assertThat(a.eligibleAlone()).isFalse();
    assertThat(a.eligibleWithTotalization()).isTrue();
    assertThat(a.theoreticalAmount()).isEqualByComparingTo("800.00");
    assertThat(a.proRataAmount()).isEqualByComparingTo("360.00");
    assertThat(a.amountDue()).isEqualByComparingTo("360.00");
    assertThat(a.basis()).isEqualTo("pro-rata");
    assertThat(a.steps()).anyMatch(s -> s.code().equals("pro-rata-amount")
        && s.arguments().equals(List.of(new BigDecimal("800.00"), 6480L, 14400L, new BigDecimal("360.00"))));

    CountryResult b = result.result("DE").orElseThrow();
    assertThat(b.eligibleAlone()).isFalse();
    assertThat(b.theoreticalAmount()).isEqualByComparingTo("920.00");
    assertThat(b.proRataAmount()).isEqualByComparingTo("525.71");
    assertThat(b.amountDue()).isEqualByComparingTo("525.71");
  }

  /**
   * Source: Gobierno de España, Ministerio de Inclusión, Seguridad Social y Migraciones (Dirección
   * General de Ordenación de la Seguridad Social), "Calculation of Pensions" under Community
   * Regulations (portalclasespasivas.gob.es, Reglamentos comunitarios / determinación de pensiones):
   * (a) when Spanish periods alone do not give entitlement, the "theoretical pension" is computed as
   * if all periods were Spanish and prorated: "Pension Prorate = Theoretical Pension x [No. days
   * Spain / Total days]"; (b) when Spanish periods alone give entitlement, the national pension and
   * the pro-rata pension are both computed and "the interested party is offered ... the pension of
   * the greatest amount". The page states the method without figures; the figures below apply it to
   * the 2026 Spanish scale (LGSS transitional provision 9) on a regulatory base of EUR 1,500.
   */
  @Test
  void spanishMinistryProRataTemporisCaseA() {
    // Spain 2000-2009 = 3,653 days; France 1980-1999 = 7,305 days; total 10,958 days.
    var request = oldAge(man("1959-01-01"), "ES", "2026-03-01", List.of(
        compulsory("FR", "1980-01-01", "1999-12-31"),
        compulsory("ES", "2000-01-01", "2009-12-31")), Map.of("ES", eur("1500.00")));
    CountryResult es = CALCULATOR.calculate(request).result("ES").orElseThrow();
    assertThat(es.eligibleAlone()).isFalse(); // 3,653 < 5,475 days
    // Theoretical: 10,958 days = 30 years 8 days = 360 complete months of 365/12 days, 180 beyond the 15 years
    // -> 50 + 49 x 0.21 + 131 x 0.19 = 85.18 % of 1,500
    assertThat(es.theoreticalAmount()).isEqualByComparingTo("1277.70");
    // Prorate: 1,277.70 x 3,653 / 10,958 = 425.94
    assertThat(es.proRataAmount()).isEqualByComparingTo("425.94");
    assertThat(es.amountDue()).isEqualByComparingTo("425.94");
    assertThat(es.basis()).isEqualTo("pro-rata");
  }

  /** Same source, case (b): entitled alone, so the greater of national and pro-rata pension. */
  @Test
  void spanishMinistryProRataTemporisCaseB() {
    // Spain 2006-2025 = 7,305 days; France 1996-2005 = 3,653 days; total 10,958 days.
    var request = oldAge(man("1959-01-01"), "ES", "2026-03-01", List.of(
        compulsory("FR", "1996-01-01", "2005-12-31"),
        compulsory("ES", "2006-01-01", "2025-12-31")), Map.of("ES", eur("1500.00")));
    CountryResult es = CALCULATOR.calculate(request).result("ES").orElseThrow();
    assertThat(es.eligibleAlone()).isTrue();
    // National: 7,305 days = 20 years 5 days = 240 complete months, 60 beyond the 15 years
    // -> 50 + 49 x 0.21 + 11 x 0.19 = 62.38 % of 1,500 (the 30-day month gave 61 months, 62.57 %)
    assertThat(es.independentAmount()).isEqualByComparingTo("935.70");
    assertThat(es.theoreticalAmount()).isEqualByComparingTo("1277.70");
    // Prorate: 1,277.70 x 7,305 / 10,958 = 851.76 < 935.70
    assertThat(es.proRataAmount()).isEqualByComparingTo("851.76");
    assertThat(es.amountDue()).isEqualByComparingTo("935.70");
    assertThat(es.basis()).isEqualTo("independent");
  }

  /**
   * Spain's own count at the month boundaries. Source: the INSS method for LGSS art. 210.1 and
   * transitional provision 9 (2023-2026: 50 % at 15 years, +0.21 % for each additional month 1-49,
   * +0.19 % for months 50-258): days of contribution are turned into years of 365 days and months of
   * 365/12 days and only complete months count ("por cada mes adicional de cotización"). Spanish
   * career only, claim 2026-03-01 at 67, regulatory base EUR 1,000.
   */
  @ParameterizedTest(name = "{0} days -> {1}")
  @CsvSource({
      "5475, 500.00",   // exactly 15 years: 50 %
      "5476, 500.00",   // 15 years + 1 day: a fraction of a month adds nothing
      "5505, 500.00",   // last day before the first additional month (5,475 + 30.42 days); 30-day months gave 502.10
      "5506, 502.10",   // first complete additional month: 50.21 %
      "7305, 623.80",   // calendar 20 years (2006-2025, 5 leap days) = 240 months: 62.38 %; 30-day months gave 625.70
      "13322, 998.10",  // last day before 36 years 6 months: 437 months, 99.81 %; 30-day months gave 1,000.00
      "13323, 1000.00", // exactly 36 years 6 months (438 x 365/12 = 13,322.5 days, complete from day 13,323): 100 %
  })
  void spainCountsCompleteMonthsOf365Twelfths(long days, String amount) {
    var request = oldAge(man("1959-01-01"), "ES", "2026-03-01", List.of(days("ES", d("1985-01-01"), days)),
        Map.of("ES", eur("1000.00")));
    CountryResult es = CALCULATOR.calculate(request).result("ES").orElseThrow();
    assertThat(es.eligibleAlone()).isTrue();
    assertThat(es.amountDue()).isEqualByComparingTo(amount);
  }

  /** An exact calendar career of 20 years (2006-01-01 to 2025-12-31) earns 60 months beyond the 15 years, not 61. */
  @Test
  void spainExactTwentyYearCareerEarnsSixtyAdditionalMonths() {
    var request = oldAge(man("1959-01-01"), "ES", "2026-03-01", List.of(compulsory("ES", "2006-01-01", "2025-12-31")),
        Map.of("ES", eur("1000.00")));
    CountryResult es = CALCULATOR.calculate(request).result("ES").orElseThrow();
    assertThat(es.daysAlone()).isEqualTo(7305);
    assertThat(es.amountDue()).isEqualByComparingTo("623.80"); // 50 + 10.29 + 11 x 0.19 = 62.38 %
  }

  /**
   * Regulation (EC) 883/2004 art. 57(1)-(2) with art. 52(1)(b), the worked example of
   * docs/portability.md: France's 200 days (under one year, no right on them alone) release France
   * (art. 57(1)); Spain and Portugal still count them in the theoretical amount (art. 57(2) refers to
   * art. 52(1)(b)(i) only), but leave them out of the pro-rata ratio (art. 52(1)(b)(ii)), so the
   * two remaining ratios add up to one and together pay for the short period. Spain: its real 2026
   * scale on a regulatory base of EUR 1,000; Portugal and France: test rules (flat EUR 600, 15 years
   * and 1 year minimum), since only the mechanism is illustrated.
   */
  @Test
  void regulation883Article57ShortPeriodEntersTheTheoreticalAmountAndLeavesTheRatio() {
    NationalRule portugal = NationalRule.builder("PT", "test: flat").minimum(PeriodLength.years(15), "test")
        .age(AgeCondition.at(65, 0, "test")).formula(new FlatAmount(new BigDecimal("600"), "test flat")).build();
    NationalRule france = NationalRule.builder("FR", "test: flat").minimum(PeriodLength.years(1), "test")
        .age(AgeCondition.at(62, 0, "test")).formula(new FlatAmount(new BigDecimal("600"), "test flat")).build();
    Catalog catalog = Catalog.of(List.of(StandardAgreements.eu()), List.of(
        new org.pacto.portability.calculation.catalog.national.Spain(),
        new FixedScheme("PT", "EUR", portugal), new FixedScheme("FR", "EUR", france)));
    var request = oldAge(man("1959-01-01"), "ES", "2026-03-01", List.of(
        compulsory("PT", "1990-01-01", "1999-12-31"),   // 3,652 days
        compulsory("FR", "2000-01-01", "2000-07-18"),   // 200 days
        compulsory("ES", "2000-07-19", "2025-12-31")),  // 9,297 days
        Map.of("ES", eur("1000.00"), "PT", eur("600.00"), "FR", eur("600.00")));

    CalculationResult result = CALCULATOR.calculate(request, catalog);

    CountryResult fr = result.result("FR").orElseThrow();
    assertThat(fr.basis()).isEqualTo("released-short-period");
    assertThat(fr.amountDue()).isEqualByComparingTo("0.00");
    CountryResult es = result.result("ES").orElseThrow();
    assertThat(es.daysTotalised()).isEqualTo(13_149);
    // theoretical on all 13,149 days = 432 complete months: 50 + 10.29 + 203 x 0.19 = 98.86 %
    assertThat(es.theoreticalAmount()).isEqualByComparingTo("988.60");
    // ratio 9,297 / (13,149 - 200) = 9,297 / 12,949 (with France's days it would be 698.99)
    assertThat(es.proRataAmount()).isEqualByComparingTo("709.79");
    // national: 9,297 days = 305 months: 50 + 10.29 + 76 x 0.19 = 74.73 %, higher (art. 52(3))
    assertThat(es.independentAmount()).isEqualByComparingTo("747.30");
    assertThat(es.amountDue()).isEqualByComparingTo("747.30");
    CountryResult pt = result.result("PT").orElseThrow();
    assertThat(pt.eligibleAlone()).isFalse();
    // 600 x 3,652 / 12,949 (with France's days it would be 166.64)
    assertThat(pt.amountDue()).isEqualByComparingTo("169.22");
    assertThat(pt.basis()).isEqualTo("pro-rata");
  }

  /**
   * Colombia, Régimen de Prima Media (Colpensiones): Ley 100 de 1993 art. 34 as amended by Ley 797 de
   * 2003 art. 10 ("r = 65.50 - 0.50 s", s = IBL in legal minimum wages; "por cada 50 semanas
   * adicionales a las mínimas requeridas, el porcentaje se incrementará en un 1.5%", at most 80 % to
   * 70.5 %) and art. 35 (never below the minimum wage), with the 2025 minimum wage of COP 1,423,500
   * (Decreto 1572 de 2024). The figures apply the statutory formula; no official simulator was at hand.
   */
  @ParameterizedTest(name = "{0} weeks, IBL {1} -> {2}")
  @CsvSource({
      "1300, 2847000, 1836315.00",   // s = 2: r = 64.50 %
      "1800, 14235000, 10747425.00", // s = 10: r = 60.50 % + 10 x 1.5 = 75.50 % (the 70.5-80 % cap reached)
      "2000, 14235000, 10747425.00", // 14 steps of 50 weeks, only 10 count
      "1420, 2847000, 1921725.00",   // 120 weeks beyond 1,300 = 2 complete steps: 67.50 %
      "1300, 1423500, 1423500.00",   // s = 1: r = 65 % of one minimum wage, raised to the minimum wage
  })
  void colombiaIncomeScaledRate(long weeks, String ibl, String amount) {
    var request = oldAge(man("1960-01-01"), "CO", "2025-06-01", List.of(days("CO", d("1980-01-01"), weeks * 7)),
        Map.of("CO", new ReferenceEarnings(new BigDecimal(ibl), "COP")));
    CountryResult co = CALCULATOR.calculate(request).result("CO").orElseThrow();
    assertThat(co.eligibleAlone()).isTrue();
    assertThat(co.amountDue()).isEqualByComparingTo(amount);
  }
}
