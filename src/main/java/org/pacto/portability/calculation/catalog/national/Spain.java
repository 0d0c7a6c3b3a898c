package org.pacto.portability.calculation.catalog.national;

import java.math.BigDecimal;
import java.util.List;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.Increment;
import org.pacto.portability.calculation.catalog.AmountFormula.PercentageScale;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.PeriodUnit;
import org.pacto.portability.calculation.catalog.RuleQuery;

/**
 * Spain, contributory retirement pension of the Régimen General (Real Decreto Legislativo 8/2015,
 * Ley General de la Seguridad Social, "LGSS"), with the transitional calendar of Ley 27/2011.
 */
public final class Spain implements NationalScheme {

  /**
   * Spain counts days of contribution in years of 365 days and months of 365/12 days, complete months
   * only (INSS method applying LGSS art. 210.1 and its transitional provision 9, which grant a rate
   * "por cada mes adicional de cotización"): the 15-year minimum is 5,475 days and a fraction of a
   * month adds nothing. The 30-day month of Regulation 987/2009 art. 13 converts between states'
   * units; it is not Spain's own count (with it an exact 20-year career, 7,305 days, earned 61 months
   * beyond the 15 years instead of 60).
   */
  static final long FIFTEEN_YEARS_DAYS = 5475;
  static final String MINIMUM = "LGSS art. 205.1.b (15 years = 5,475 days)";
  static final String AGE = "LGSS art. 205.1.a and transitional provision 7";
  static final String SCALE = "LGSS art. 210.1 and transitional provision 9 (INSS: years of 365 days, months of"
      + " 365/12 days, complete months only)";

  @Override
  public String country() {
    return "ES";
  }

  @Override
  public String currency() {
    return "EUR";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    NationalRule.Builder rule = NationalRule.builder("ES", "Régimen General, jubilación contributiva");
    if (query.branch() != Branch.OLD_AGE) {
      return rule.missing("minimum contribution period: only old-age is catalogued")
          .missing("pension age: only old-age is catalogued")
          .missing("amount formula: only old-age is catalogued")
          .build();
    }
    rule.minimum(PeriodLength.days(FIFTEEN_YEARS_DAYS), MINIMUM)
        .note("LGSS art. 205.1.b also requires 2 of the 15 years within the last 15 years: not modelled")
        .note("The regulatory base (LGSS art. 209) is taken as the reference wage given in the request");
    int year = query.claimDate().getYear();
    if (year < 2023) {
      return rule.missing("pension age before 2023: not catalogued")
          .missing("amount formula before 2023: not catalogued")
          .build();
    }
    switch (year) {
      case 2023 -> ages(rule, 66, 4, 37, 9);
      case 2024 -> ages(rule, 66, 6, 38, 0);
      case 2025 -> ages(rule, 66, 8, 38, 3);
      case 2026 -> ages(rule, 66, 10, 38, 3);
      default -> ages(rule, 67, 0, 38, 6);
    }
    if (year <= 2026) {
      // 50 % at 15 years, +0.21 % for months 1-49 and +0.19 % for months 50-258: 100 % at 36y6m.
      rule.formula(scale(49, "0.21", 209, "0.19"))
          .maximum(PeriodLength.yearsAndMonthsOf365Days(36, 6),
              SCALE + " (2023-2026: 100 % at 36 years 6 months = 180 + 258 months; 13,323 days is the first count"
                  + " holding them)");
    } else {
      // From 2027: +0.19 % for months 1-248 and +0.18 % for the next 16: 100 % at 37 years.
      rule.formula(scale(248, "0.19", 16, "0.18"))
          .maximum(PeriodLength.yearsAndMonthsOf365Days(37, 0),
              SCALE + " (from 2027: 100 % at 37 years = 180 + 264 months = 13,505 days)");
    }
    return rule.build();
  }

  private static void ages(NationalRule.Builder rule, int years, int months, int longYears, int longMonths) {
    rule.age(AgeCondition.at(years, months, AGE))
        .age(AgeCondition.at(65, 0, PeriodLength.yearsAndMonthsOf365Days(longYears, longMonths), AGE));
  }

  private static PercentageScale scale(long firstMonths, String firstRate, long nextMonths, String nextRate) {
    return new PercentageScale(
        new BigDecimal("50"),
        PeriodLength.days(FIFTEEN_YEARS_DAYS),
        PeriodUnit.MONTHS_OF_365_TWELFTHS,
        List.of(new Increment(firstMonths, new BigDecimal(firstRate)),
            new Increment(nextMonths, new BigDecimal(nextRate))),
        new BigDecimal("100"),
        SCALE);
  }
}
