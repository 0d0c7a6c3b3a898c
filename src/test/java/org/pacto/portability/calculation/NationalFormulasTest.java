package org.pacto.portability.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacto.portability.calculation.Fixtures.CALCULATOR;
import static org.pacto.portability.calculation.Fixtures.compulsory;
import static org.pacto.portability.calculation.Fixtures.d;
import static org.pacto.portability.calculation.Fixtures.man;
import static org.pacto.portability.calculation.Fixtures.oldAge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.portability.calculation.catalog.national.CostaRica;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples of the national old-age formulas of the second pass. Each applies the text named in
 * the country's class; where the figures come from a publication it is named here. Careers run from
 * 1 January of the first year to 31 December 2024 (years of 360 days, Regulation 987/2009 art. 13).
 */
class NationalFormulasTest {

  private static CountryResult oldAgeResult(String country, String birth, String claimDate, String firstYear,
      String wage, String currency) {
    var request = oldAge(man(birth), country, claimDate,
        List.of(compulsory(country, firstYear + "-01-01", "2024-12-31")),
        Map.of(country, new ReferenceEarnings(new BigDecimal(wage), currency)));
    return CALCULATOR.calculate(request).result(country).orElseThrow();
  }

  /**
   * Ecuador, IESS coefficients on the average of the 5 best years: 10 years 50 %, 15 years 56.25 %, 35
   * years 81.25 %, 38 years 89.70 %, 40 years 100 % (the IESS table as published by Vistazo and El Universo).
   */
  @ParameterizedTest(name = "EC from {0}: {1}")
  @CsvSource({"2015, 500.00", "2010, 562.50", "1990, 812.50", "1987, 897.00", "1985, 1000.00", "1980, 1000.00"})
  void ecuadorCoefficientOnTheFiveBestYears(String firstYear, String amount) {
    CountryResult ec = oldAgeResult("EC", "1955-01-01", "2025-06-01", firstYear, "1000", "USD");
    assertThat(ec.eligibleAlone()).isTrue();
    assertThat(ec.amountDue()).isEqualByComparingTo(amount);
  }

  /** Peru, SNP: 30 % of the reference remuneration at 20 years, +2 points per additional year (Ley 27617). */
  @ParameterizedTest(name = "PE from {0}: {1}")
  @CsvSource({"2005, 600.00", "2000, 800.00", "1985, 1400.00"})
  void peruReplacementRate(String firstYear, String amount) {
    CountryResult pe = oldAgeResult("PE", "1958-01-01", "2025-06-01", firstYear, "2000", "PEN");
    assertThat(pe.amountDue()).isEqualByComparingTo(amount);
  }

  @Test
  void peruOlderCohortsAndShortCareersAreNotComputed() {
    CountryResult older = oldAgeResult("PE", "1950-01-01", "2025-06-01", "1990", "2000", "PEN");
    assertThat(older.basis()).isEqualTo("rule-missing");
    assertThat(older.amountDue()).isNull();
    CountryResult shortCareer = oldAgeResult("PE", "1958-01-01", "2025-06-01", "2006", "2000", "PEN");
    assertThat(shortCareer.eligibleAlone()).isFalse();
  }

  /**
   * Argentina, March 2025: PBU ARS 127,685.44 (Resolución ANSES 145/2025) + 1.5 % of the average wage per
   * year of service: 30 years 45 %, 35 years 52.5 %, 45 years still 52.5 % (35 at most).
   */
  @ParameterizedTest(name = "AR from {0}: {1}")
  @CsvSource({"1995, 577685.44", "1990, 652685.44", "1980, 652685.44"})
  void argentinaBasicPlusCompensatoryBenefit(String firstYear, String amount) {
    CountryResult ar = oldAgeResult("AR", "1958-01-01", "2025-03-15", firstYear, "1000000", "ARS");
    assertThat(ar.eligibleAlone()).isTrue();
    assertThat(ar.amountDue()).isEqualByComparingTo(amount);
  }

  @Test
  void argentinaMonthWithoutItsBasicBenefitIsReportedMissing() {
    CountryResult ar = oldAgeResult("AR", "1958-01-01", "2025-02-15", "1990", "1000000", "ARS");
    assertThat(ar.amountDue()).isNull();
    assertThat(ar.warnings()).anyMatch(w -> w.code().equals("national-rule-missing")
        && w.arguments().toString().contains("PBU for 2025-02"));
  }

  /** Uruguay, Ley 16.713 art. 28 as amended: 45 % at 30 years, 50 % at 35, 52.5 % at 40. */
  @ParameterizedTest(name = "UY from {0}: {1}")
  @CsvSource({"1995, 22500.00", "1990, 25000.00", "1985, 26250.00"})
  void uruguayBasicRatePlusIncrements(String firstYear, String amount) {
    CountryResult uy = oldAgeResult("UY", "1960-01-01", "2025-06-01", firstYear, "50000", "UYU");
    assertThat(uy.amountDue()).isEqualByComparingTo(amount);
  }

  /** Paraguay, IPS: 100 % at 60 with 25 years; 80 % at 55 with 30 years; 56-59 not verified. */
  @Test
  void paraguayOrdinaryAndEarlyRetirement() {
    assertThat(oldAgeResult("PY", "1960-01-01", "2025-06-01", "2000", "5000000", "PYG").amountDue())
        .isEqualByComparingTo("5000000.00");
    assertThat(oldAgeResult("PY", "1970-03-01", "2025-06-01", "1995", "5000000", "PYG").amountDue())
        .isEqualByComparingTo("4000000.00");
    CountryResult at57 = oldAgeResult("PY", "1968-03-01", "2025-06-01", "1993", "5000000", "PYG");
    assertThat(at57.eligibleAlone()).isTrue();
    assertThat(at57.amountDue()).isNull();
  }

  /**
   * Portugal 2025 (IAS EUR 522.50, Portaria 6-B/2025/1): 20 years at 2 % = 40 %; 30 years on EUR 1,000 =
   * 30 x (574.75 x 2.3 % + 425.25 x 2.25 %) / 1,000 = 68.36 %; 45 years on EUR 3,000 count 40 years:
   * 40 x (574.75 x 2.3 + 470.25 x 2.25 + 1,045 x 2.2 + 910 x 2.1) / 3,000 = 87.8665 %.
   */
  @ParameterizedTest(name = "PT from {0} on {1}: {2}")
  @CsvSource({"2005, 1000, 400.00", "1995, 1000, 683.62", "1980, 3000, 2636.00"})
  void portugalAccrualByEarningsBracket(String firstYear, String wage, String amount) {
    CountryResult pt = oldAgeResult("PT", "1958-01-01", "2025-06-01", firstYear, wage, "EUR");
    assertThat(pt.eligibleAlone()).isTrue();
    assertThat(pt.amountDue()).isEqualByComparingTo(amount);
  }

  /**
   * Costa Rica, CCSS IVM after the reform in force on 2024-01-11. The CCSS's own example, as Diario Extra
   * reports it ("Cómo calcular pensión del IVM", https://www.diarioextra.com/noticia/como-calcular-pension-del-ivm):
   * 35 years of contributions on an average of ₡500,000 give 52.5 % for the first 25 years and 10 % for the ten
   * more, 62.5 %, "aproximadamente ¢312.500". The regulation's 0.0833 % per contribution gives 120 x 0.0833 =
   * 9.996 points: ₡312,480.00, the published figure within its "approximately".
   */
  @Test
  void costaRicaCcssExampleThirtyFiveYearsOnFiveHundredThousand() {
    CountryResult cr = oldAgeResult("CR", "1958-01-01", "2025-06-01", "1990", "500000", "CRC");
    assertThat(cr.eligibleAlone()).isTrue();
    assertThat(cr.amountDue()).isEqualByComparingTo("312480.00");
    assertThat(cr.amountDue()).isCloseTo(new BigDecimal("312500"), org.assertj.core.data.Percentage.withPercentage(0.01));
    assertThat(cr.warnings()).noneMatch(w -> w.code().equals("national-rule-missing"));
  }

  /**
   * The CCSS's example before the reform (CCSS, 4 December 2018, https://www.ccss.sa.cr/noticia?aseguran-que-
   * costa-rica-debe-avanzar-en-la-creacion-de-una-cultura-de-cotizacion-para-un): an average salary of ₡500,000
   * and 30 years give 52.5 % for the first 20 years and 10 % for the ten more, 62.5 %. No minimum wage of 2018
   * is catalogued, so the art. 24 scale with the 240-contribution threshold is applied directly with the 2025
   * band unit: ₡500,000 is in the lowest band (under two minimum wages) in any year since.
   */
  @Test
  void costaRicaCcssExampleBeforeTheReformThirtyYears() {
    var scale = CostaRica.scale(240, new BigDecimal("367108.55"), "2025 band unit",
        CostaRica.ADDITIONAL_BEFORE_2024);
    long thirtyYears = java.time.temporal.ChronoUnit.DAYS.between(d("1995-01-01"), d("2025-01-01"));
    assertThat(scale.percentFor(thirtyYears, new BigDecimal("500000"))).isEqualByComparingTo("62.496");
  }

  /**
   * The band table of art. 24: the richer the reference salary, counted in minimum wages (2025: ₡367,108.55),
   * the lower the base rate, from 52.5 % to 43 %; 300 contributions exactly earn the base rate alone.
   */
  @ParameterizedTest(name = "CR {0} from {1}: {2}")
  @CsvSource({"700000, 2000, 367500.00", "800000, 2000, 408000.00", "3000000, 2000, 1290000.00",
      "3000000, 1990, 1589880.00"})
  void costaRicaBaseRateFallsWithTheSalaryBand(String wage, String firstYear, String amount) {
    // 700,000 = 1.9 minimum wages: 52.5 %; 800,000 = 2.2: 51 %; 3,000,000 = 8.2: 43 %; + 9.996 over 35 years
    CountryResult cr = oldAgeResult("CR", "1958-01-01", "2025-06-01", firstYear, wage, "CRC");
    assertThat(cr.amountDue()).isEqualByComparingTo(amount);
  }

  @Test
  void costaRicaNeedsThreeHundredContributionsAndACataloguedMinimumWage() {
    CountryResult shortCareer = oldAgeResult("CR", "1958-01-01", "2025-06-01", "2001", "500000", "CRC");
    assertThat(shortCareer.eligibleAlone()).isFalse(); // 24 years: 288 contributions
    CountryResult year2023 = oldAgeResult("CR", "1957-01-01", "2023-06-01", "1990", "500000", "CRC");
    assertThat(year2023.amountDue()).isNull();
    assertThat(year2023.warnings()).anyMatch(w -> w.code().equals("national-rule-missing"));
  }
}
