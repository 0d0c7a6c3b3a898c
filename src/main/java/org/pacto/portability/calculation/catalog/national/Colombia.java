package org.pacto.portability.calculation.catalog.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.pacto.portability.calculation.Sex;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.IncomeScaledRate;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Colombia, Régimen de Prima Media (Colpensiones), Ley 100 de 1993 art. 33 as amended. */
public final class Colombia implements NationalScheme {

  /** A year's legal monthly minimum wage (salario mínimo mensual legal vigente) and its decree. */
  record MinimumWage(BigDecimal amount, String source) {}

  /** Dated table: which year's figure is used follows the claim date. Years not listed are reported missing. */
  static final Map<Integer, MinimumWage> MINIMUM_WAGES = Map.of(
      2023, new MinimumWage(new BigDecimal("1160000"), "Decreto 2613 de 2022"),
      2024, new MinimumWage(new BigDecimal("1300000"), "Decreto 2292 de 2023"),
      2025, new MinimumWage(new BigDecimal("1423500"), "Decreto 1572 de 2024"));

  private static final String SOURCE = "Ley 100 de 1993 art. 33, as amended by Ley 797 de 2003 art. 9";

  /**
   * Ley 100 de 1993 art. 48: "El monto mensual de la pensión total de sobrevivientes por muerte del afiliado
   * será igual al 45% del ingreso base de liquidación más 2% de dicho ingreso por cada cincuenta (50) semanas
   * adicionales de cotización a las primeras quinientas (500) semanas de cotización, sin que exceda el 75% del
   * ingreso base de liquidación", and never below the legal minimum wage. The wording was recalled; the
   * Secretaría del Senado's text was not read in this pass, so the source says "unverified".
   */
  static final String SURVIVORS_AMOUNT = "Ley 100 de 1993 art. 48 (45 % of the IBL + 2 % per 50 weeks beyond 500,"
      + " at most 75 %; not below one minimum wage), http://www.secretariasenado.gov.co/senado/basedoc/"
      + "ley_0100_1993.html (text recalled, page not read: unverified)";

  @Override
  public String country() {
    return "CO";
  }

  @Override
  public String currency() {
    return "COP";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() == Branch.INVALIDITY) {
      // Ley 100 de 1993 art. 39 as amended by Ley 860 de 2003 art. 1 (the "fidelity" condition was struck
      // down by Constitutional Court ruling C-428 de 2009).
      return NationalRule.builder("CO", "Sistema General de Pensiones, pensión de invalidez").noAgeCondition()
          .minimum(PeriodLength.weeks(50), "Ley 100 de 1993 art. 39 (Ley 860 de 2003 art. 1): 50 weeks within the"
              + " 3 years before the date the invalidity is established")
          .minimumWithin(Period.ofYears(3))
          .missing("amount formula: Ley 100 de 1993 art. 40 depends on the loss of working capacity (50-66 % or"
              + " 66 % and over), which the calculator does not ask")
          .build();
    }
    if (query.branch() == Branch.SURVIVORS) {
      NationalRule.Builder survivors = NationalRule.builder("CO", "Sistema General de Pensiones, pensión de"
              + " sobrevivientes").noAgeCondition()
          .minimum(PeriodLength.weeks(50), "Ley 100 de 1993 art. 46 (Ley 797 de 2003 art. 12): 50 weeks within the"
              + " 3 years before death")
          .minimumWithin(Period.ofYears(3))
          .note("Ley 100 de 1993 art. 47 and 48: the amount is the survivors' pension of the whole family group"
              + " (spouse or partner, children, parents), shared among them; the claimant's share is not computed")
          .note("Ley 100 de 1993 art. 48: when the deceased was a pensioner, the survivors receive 100 % of that"
              + " pension: not modelled (the calculator takes the deceased as an affiliate)");
      MinimumWage wage = MINIMUM_WAGES.get(query.claimDate().getYear());
      if (wage == null) {
        return survivors.missing("amount formula: legal minimum wage for " + query.claimDate().getYear()
            + " not catalogued").build();
      }
      // 45 % of the IBL, + 2 points per complete 50 weeks beyond 500, at most 75 % (15 steps), never below
      // one minimum wage: a rate that does not fall with earnings (slope 0).
      return survivors.formula(new IncomeScaledRate(new BigDecimal("45"), BigDecimal.ZERO, new BigDecimal("45"),
          new BigDecimal("45"), PeriodLength.weeks(500), PeriodLength.weeks(50), new BigDecimal("2"), 15,
          wage.amount(), wage.source() + " (" + query.claimDate().getYear() + ")", SURVIVORS_AMOUNT)).build();
    }
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("CO", query);
    }
    NationalRule.Builder rule = NationalRule.builder("CO", "Régimen de Prima Media con Prestación Definida")
        .note("Régimen de Ahorro Individual (RAIS, private funds): the pension depends on the account balance;"
            + " ask your fund for a projection and whether you qualify for the minimum-pension guarantee")
        .note("The reference wage is the IBL (Ley 100 art. 21: average of the last 10 years or of the whole career)");
    int year = query.claimDate().getYear();
    MinimumWage wage = MINIMUM_WAGES.get(year);
    if (wage == null) {
      rule.missing("amount formula: legal minimum wage for " + year + " not catalogued");
    } else {
      rule.formula(new IncomeScaledRate(new BigDecimal("65.50"), new BigDecimal("0.50"), new BigDecimal("55"),
          new BigDecimal("65"), PeriodLength.weeks(1300), PeriodLength.weeks(50), new BigDecimal("1.5"), 10,
          wage.amount(), wage.source() + " (" + year + ")",
          "Ley 100 de 1993 art. 34 as amended by Ley 797 de 2003 art. 10 (r = 65.50 - 0.50 s; +1.5 % per 50"
              + " weeks beyond the minimum, 80 % to 70.5 % at most); art. 35 (not below one minimum wage)"));
    }
    boolean female = query.person().sex() == Sex.FEMALE;
    rule.age(AgeCondition.at(female ? 57 : 62, 0, SOURCE + " (57 women / 62 men from 2014)"));
    if (female && !query.claimDate().isBefore(LocalDate.of(2026, 1, 1))) {
      rule.missing("minimum contribution period for women from 2026: reduction ordered by"
          + " Constitutional Court ruling C-197 de 2023 not catalogued");
    } else {
      rule.minimum(PeriodLength.weeks(1300), SOURCE + " (1,300 weeks from 2015)");
    }
    return rule.build();
  }
}
