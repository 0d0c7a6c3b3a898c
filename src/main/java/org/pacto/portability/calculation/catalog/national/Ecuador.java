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
 * Ecuador, IESS pensions (Ley de Seguridad Social, Registro Oficial Suplemento 465 of 30 November 2001;
 * official text published by the IESS, https://www.iess.gob.ec, exact document address not checked).
 */
public final class Ecuador implements NationalScheme {

  private static final String SOURCE = "Ley de Seguridad Social art. 185 (IESS jubilación ordinaria de vejez)";

  /**
   * The pension is the average of the five best years of insured earnings times a coefficient by
   * complete years of contributions (imposiciones / 12): 0.4375 at 5 years, +0.0125 a year up to 0.8125
   * at 35, then 0.8325, 0.8605, 0.8970, 0.9430 and 1.0000 at 40. The table is the IESS's, as reproduced by
   * El Universo on 2024 (https://www.eluniverso.com/noticias/ecuador/cuanto-recibire-por-jubilacion-con-15-anos-de-aportes-al-iess-nota/)
   * and Vistazo (https://vistazo.com/actualidad/nacional/iess-porcentaje-salario-recibire-jubilarme-KI7956783),
   * both checked 2026-12-02; the IESS board resolution fixing it was not read: "unverified" in the source.
   */
  static final String COEFFICIENTS = "IESS coefficient table on the average of the 5 best years (0.4375 at 5"
      + " years, +0.0125 a year to 0.8125 at 35, 1.0000 at 40), as published by IESS in El Universo and Vistazo"
      + " (checked 2026-12-02); the board resolution fixing it unverified";

  /** The old-age rule depends on nothing in the query: built once (the batch calculates millions). */
  private static final NationalRule OLD_AGE_RULE = oldAge();

  @Override
  public String country() {
    return "EC";
  }

  @Override
  public String currency() {
    return "USD";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    return switch (query.branch()) {
      case OLD_AGE -> OLD_AGE_RULE;
      case INVALIDITY -> NationalRule.builder("EC", "IESS, jubilación por invalidez").noAgeCondition()
          .minimum(PeriodLength.months(60), "Ley de Seguridad Social art. 186 (60 monthly contributions; article"
              + " number unverified)")
          .note("Ley de Seguridad Social art. 186: 6 of the 60 contributions immediately before the invalidity:"
              + " not modelled")
          .missing("amount formula: IESS invalidity pension (coefficient and minimum pension) not verified")
          .build();
      case SURVIVORS -> NationalRule.builder("EC", "IESS, montepío (viudez y orfandad)").noAgeCondition()
          .minimum(PeriodLength.months(60), "Ley de Seguridad Social, montepío: the deceased was a pensioner or"
              + " had 60 monthly contributions (article number unverified)")
          .missing("amount formula: widow(er)'s and orphans' shares of the deceased's pension not verified")
          .build();
      default -> OtherBranches.notCatalogued("EC", query);
    };
  }

  private static NationalRule oldAge() {
    return NationalRule.builder("EC", "IESS, jubilación ordinaria de vejez")
        .minimum(PeriodLength.months(120), SOURCE + " (shortest route: 120 monthly contributions at 70)")
        .age(AgeCondition.at(60, 0, PeriodLength.months(360), SOURCE))
        .age(AgeCondition.at(65, 0, PeriodLength.months(180), SOURCE))
        .age(AgeCondition.at(70, 0, PeriodLength.months(120), SOURCE))
        .age(AgeCondition.at(0, 0, PeriodLength.months(480), SOURCE + " (480 contributions at any age)"))
        .formula(new PercentageScale(new BigDecimal("43.75"), PeriodLength.years(5), PeriodUnit.YEARS,
            List.of(new Increment(30, new BigDecimal("1.25")), new Increment(1, new BigDecimal("2.00")),
                new Increment(1, new BigDecimal("2.80")), new Increment(1, new BigDecimal("3.65")),
                new Increment(1, new BigDecimal("4.60")), new Increment(1, new BigDecimal("5.70"))),
            new BigDecimal("100"), COEFFICIENTS))
        .note("The reference wage is the average of the 5 best years of insured earnings (Ley de Seguridad Social"
            + " art. 185 ff.)")
        .note("Minimum and maximum pensions by years of contributions (fractions of the unified basic wage) are"
            + " not modelled")
        .note("Article number of the 65/15 and 70/10 routes not verified against the consolidated text")
        .build();
  }
}
