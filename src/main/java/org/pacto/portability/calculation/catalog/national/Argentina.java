package org.pacto.portability.calculation.catalog.national;

import java.math.BigDecimal;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.pacto.portability.calculation.Sex;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.FlatPlusScale;
import org.pacto.portability.calculation.catalog.AmountFormula.Increment;
import org.pacto.portability.calculation.catalog.AmountFormula.PercentageScale;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.PeriodUnit;
import org.pacto.portability.calculation.catalog.RuleQuery;

/**
 * Argentina, SIPA ordinary retirement (Ley 24.241, official text at InfoLEG,
 * https://servicios.infoleg.gob.ar, document address not checked).
 */
public final class Argentina implements NationalScheme {

  private static final String SOURCE = "Ley 24.241 art. 19";

  /** The PBU (universal basic benefit) of a month and the ANSES resolution fixing it. */
  record BasicBenefit(BigDecimal amount, String source) {}

  /**
   * Dated table of the PBU, updated every month by the movilidad (DNU 274/2024). Figures as reported by the
   * press from the ANSES resolutions in the Boletín Oficial (elinfluencer.com.ar and eltiempodesantafe.com
   * for March 2025, noticiasinfodex.com and eschaco.com for April, diarioelzondasj.com.ar for May,
   * estacionplus.com.ar for December), checked 2026-12-02; the Boletín Oficial itself was not read, so
   * each source says "unverified". Months not listed are reported missing.
   */
  static final Map<YearMonth, BasicBenefit> BASIC_BENEFITS = Map.of(
      YearMonth.of(2025, 1), new BasicBenefit(new BigDecimal("121640.32"), "PBU January 2025 (ANSES; unverified)"),
      YearMonth.of(2025, 3), new BasicBenefit(new BigDecimal("127685.44"),
          "PBU March 2025 (Resolución ANSES 145/2025; unverified)"),
      YearMonth.of(2025, 4), new BasicBenefit(new BigDecimal("130749.89"), "PBU April 2025 (ANSES; unverified)"),
      YearMonth.of(2025, 5), new BasicBenefit(new BigDecimal("135626.86"),
          "PBU May 2025 (Resolución ANSES 211/2025; unverified)"),
      YearMonth.of(2025, 12), new BasicBenefit(new BigDecimal("155936.86"), "PBU December 2025 (ANSES; unverified)"));

  /**
   * PC (Ley 24.241 art. 24.a, years before July 1994) and PAP (art. 30, years after) both give 1.5 % of
   * the average updated pay of the last 120 months per year of service with contributions "o fracción
   * mayor de seis meses", at most 35 years. A fraction above six months counting as a year is expressed
   * as a 1.5 % base reached at 7 months and 1.5 % per complete year beyond them. Whether the 35 years
   * bound the sum of PC and PAP was not verified.
   */
  static final String ACCRUAL = "Ley 24.241 art. 24.a (PC) and art. 30 (PAP): 1.5 % of the average of the last 120"
      + " months per year of service with contributions (a fraction above 6 months counts), at most 35 years";

  /** Built once: it does not depend on the claim (the batch calculates millions). */
  private static final PercentageScale ACCRUAL_SCALE = new PercentageScale(new BigDecimal("1.5"),
      PeriodLength.months(7), PeriodUnit.YEARS, List.of(new Increment(34, new BigDecimal("1.5"))),
      new BigDecimal("52.5"), ACCRUAL);

  @Override
  public String country() {
    return "AR";
  }

  @Override
  public String currency() {
    return "ARS";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    return switch (query.branch()) {
      case OLD_AGE -> oldAge(query);
      case INVALIDITY -> NationalRule.builder("AR", "SIPA, retiro por invalidez").noAgeCondition()
          .minimum(PeriodLength.months(30), "Decreto 460/1999 art. 1 (aportante regular: 30 months of contributions"
              + " within the 36 before the invalidity; unverified)")
          .minimumWithin(Period.ofYears(3))
          .formula(flat("70", "Ley 24.241 art. 97 (70 % of the ingreso base, average of the last 60 months, for a"
              + " regular contributor; unverified)"))
          .note("Decreto 460/1999: an irregular contributor with 18 months within 36 gets 50 %: not modelled")
          .note("Ley 24.241 art. 48: invalidity of 66 % or more, assessed by the medical commissions")
          .build();
      case SURVIVORS -> NationalRule.builder("AR", "SIPA, pensión por fallecimiento").noAgeCondition()
          .minimum(PeriodLength.months(30), "Decreto 460/1999 art. 1 (the deceased was a regular contributor: 30"
              + " months within the 36 before death; unverified)")
          .minimumWithin(Period.ofYears(3))
          .missing("amount formula: Ley 24.241 art. 98 shares depend on the whole family (spouse and children),"
              + " which the calculator does not ask")
          .note("Ley 24.241 art. 53: who counts as a survivor (spouse, partner, children under 18)")
          .build();
      default -> OtherBranches.notCatalogued("AR", query);
    };
  }

  private static NationalRule oldAge(RuleQuery query) {
    boolean female = query.person().sex() == Sex.FEMALE;
    NationalRule.Builder rule = NationalRule.builder("AR", "SIPA, prestación básica universal y compensatoria")
        .minimum(PeriodLength.years(30), SOURCE + " (30 years of service with contributions)")
        .age(AgeCondition.at(female ? 60 : 65, 0, SOURCE + " (60 women / 65 men)"))
        .note("The reference wage is the average updated pay of the last 120 months (Ley 24.241 art. 24.a)")
        .note("The guaranteed minimum benefit (haber mínimo) and the maximum are not modelled");
    YearMonth month = YearMonth.from(query.claimDate());
    BasicBenefit pbu = BASIC_BENEFITS.get(month);
    if (pbu == null) {
      return rule.missing("amount formula: PBU for " + month + " not catalogued (movilidad, monthly)").build();
    }
    return rule.formula(new FlatPlusScale(pbu.amount(), pbu.source(), ACCRUAL_SCALE,
        "Ley 24.241 art. 17 (PBU + PC + PAP), art. 20 (PBU), art. 24 and 30")).build();
  }

  private static PercentageScale flat(String percent, String source) {
    return new PercentageScale(new BigDecimal(percent), PeriodLength.days(0), PeriodUnit.CALENDAR_DAYS, List.of(),
        null, source);
  }
}
