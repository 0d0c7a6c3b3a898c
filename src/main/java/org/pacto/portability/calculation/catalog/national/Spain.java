package org.pacto.portability.calculation.catalog.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
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

  /** The scales do not depend on the claim beyond its year: built once (the batch calculates millions). */
  private static final PercentageScale SCALE_TO_2026 = scale(49, "0.21", 209, "0.19");
  private static final PercentageScale SCALE_FROM_2027 = scale(248, "0.19", 16, "0.18");

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
    switch (query.branch()) {
      case INVALIDITY -> {
        return invalidity(query);
      }
      case SURVIVORS -> {
        return survivors(query);
      }
      case OLD_AGE -> { }
      default -> {
        return OtherBranches.notCatalogued("ES", query);
      }
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
      rule.formula(SCALE_TO_2026)
          .maximum(PeriodLength.yearsAndMonthsOf365Days(36, 6),
              SCALE + " (2023-2026: 100 % at 36 years 6 months = 180 + 258 months; 13,323 days is the first count"
                  + " holding them)");
    } else {
      // From 2027: +0.19 % for months 1-248 and +0.18 % for the next 16: 100 % at 37 years.
      rule.formula(SCALE_FROM_2027)
          .maximum(PeriodLength.yearsAndMonthsOf365Days(37, 0),
              SCALE + " (from 2027: 100 % at 37 years = 180 + 264 months = 13,505 days)");
    }
    return rule.build();
  }

  /**
   * Permanent incapacity from common illness (LGSS art. 195.3): under 31, a third of the time between
   * the 16th birthday and the date the incapacity arose; from 31, a quarter of the time between the
   * 20th birthday and that date, at least five years. Days, with years of 365 days.
   */
  private static NationalRule invalidity(RuleQuery query) {
    LocalDate risk = query.riskDate();
    LocalDate birth = query.person().birthDate();
    NationalRule.Builder rule = NationalRule.builder("ES", "Régimen General, incapacidad permanente (enfermedad común)")
        .noAgeCondition();
    if (Period.between(birth, risk).getYears() < 31) {
      long span = Math.max(0, ChronoUnit.DAYS.between(birth.plusYears(16), risk));
      rule.minimum(PeriodLength.days(Math.ceilDiv(span, 3)),
          "LGSS art. 195.3.a (under 31: a third of the time since the 16th birthday)");
    } else {
      long span = Math.max(0, ChronoUnit.DAYS.between(birth.plusYears(20), risk));
      rule.minimum(PeriodLength.days(Math.max(5 * 365, Math.ceilDiv(span, 4))),
          "LGSS art. 195.3.b (from 31: a quarter of the time since the 20th birthday, at least 5 years)");
      rule.note("LGSS art. 195.3.b: a fifth of the required period must fall within the last 10 years: not modelled");
    }
    return rule.note("Work accidents and occupational diseases need no minimum period: not modelled")
        .missing("amount formula: depends on the degree of incapacity (LGSS art. 196: total 55 %, absolute 100 %),"
            + " which the calculator does not ask")
        .build();
  }

  /**
   * Widow(er)'s and orphan's pensions (LGSS art. 219 and 224): 500 days within the five years before
   * death when the deceased was working or in an assimilated situation; 52 % (spouse or partner) or
   * 20 % (each child) of the deceased's regulatory base, given as the reference wage.
   */
  private static NationalRule survivors(RuleQuery query) {
    NationalRule.Builder rule = NationalRule.builder("ES", "Régimen General, muerte y supervivencia")
        .noAgeCondition()
        .minimum(PeriodLength.days(500), "LGSS art. 219.1 (500 days within the 5 years before death)")
        .minimumWithin(Period.ofYears(5))
        .orAtAnyTime(PeriodLength.days(FIFTEEN_YEARS_DAYS))
        .note("LGSS art. 219.2: 15 years at any time suffice when the deceased was not working (not in alta);"
            + " whether the deceased was in alta is not asked, so either route is accepted")
        .note("The regulatory base of the deceased (LGSS art. 219-225) is taken as the reference wage given");
    String relationship = query.relationship();
    if ("spouse".equals(relationship) || "partner".equals(relationship)) {
      rule.formula(flat("52", "Decreto 3158/1966 art. 31 as amended by Real Decreto 1795/2003 (52 % of the"
          + " deceased's regulatory base)"));
      if ("partner".equals(relationship)) {
        rule.note("LGSS art. 221: a partner also needs a registered union of 2 years and 5 years of living"
            + " together: not modelled");
      }
    } else if ("child".equals(relationship)) {
      rule.formula(flat("20", "Decreto 3158/1966 art. 36 (orphan's pension: 20 % of the regulatory base)"));
    } else {
      rule.missing("amount formula: depends on the claimant's relationship to the deceased"
          + (relationship == null ? " (not given)" : " (" + relationship + ": not catalogued)"));
    }
    return rule.build();
  }

  private static PercentageScale flat(String percent, String source) {
    return new PercentageScale(new BigDecimal(percent), PeriodLength.days(0), PeriodUnit.CALENDAR_DAYS, List.of(),
        null, source);
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
