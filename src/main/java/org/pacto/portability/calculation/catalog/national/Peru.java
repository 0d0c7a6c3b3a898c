package org.pacto.portability.calculation.catalog.national;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * Peru, Sistema Nacional de Pensiones (Decreto Ley 19990 as amended by Decreto Ley 25967, Ley 26504 and
 * Ley 27617; official texts in the Sistema Peruano de Información Jurídica, https://spij.minjus.gob.pe,
 * document addresses not checked).
 */
public final class Peru implements NationalScheme {

  /**
   * Ley 27617 and Decreto Supremo 099-2002-EF: a replacement rate on the reference remuneration
   * (Decreto Ley 25967 art. 2: monthly average of the last 60 months' insurable pay) of 30 % for 20
   * years, plus 2 points per complete additional year, at most 100 %, for insured persons under 50 on
   * 1 January 2002. Older cohorts have higher base rates, not catalogued. The figures are recalled from
   * those texts, which could not be read on 2026-12-02: "unverified" in the source.
   */
  static final String RATE = "Ley 27617 and Decreto Supremo 099-2002-EF (30 % of the reference remuneration at 20"
      + " years, +2 points per complete additional year, at most 100 %; insured under 50 on 2002-01-01):"
      + " unverified, texts not read on 2026-12-02";
  static final LocalDate COHORT = LocalDate.of(1952, 1, 2);

  @Override
  public String country() {
    return "PE";
  }

  @Override
  public String currency() {
    return "PEN";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("PE", query);
    }
    NationalRule.Builder rule = NationalRule.builder("PE", "Sistema Nacional de Pensiones (ONP)")
        .minimum(PeriodLength.years(20), "Decreto Ley 25967 art. 1 (20 years of contributions)")
        .age(AgeCondition.at(65, 0, "Ley 26504 art. 9 (age 65)"))
        .note("The reference remuneration is the monthly average of the last 60 months of insurable pay"
            + " (Decreto Ley 25967 art. 2), given as the reference wage")
        .note("Maximum and minimum SNP pensions (fixed by decree) are not modelled")
        .note("Ley 32123 (2024, modernisation of the pension system) adds proportional pensions for shorter"
            + " careers: not catalogued")
        .note("Sistema Privado de Pensiones (AFP, individual accounts; TUO approved by Decreto Supremo 054-97-EF):"
            + " the pension depends on the account balance; ask your AFP for the balance and a projection");
    if (query.person().birthDate().isBefore(COHORT)) {
      return rule.missing("amount formula: replacement rates of insured persons aged 50 or more on 2002-01-01"
          + " not catalogued").build();
    }
    return rule.formula(new PercentageScale(new BigDecimal("30"), PeriodLength.years(20), PeriodUnit.YEARS,
        List.of(new Increment(35, new BigDecimal("2"))), new BigDecimal("100"), RATE)).build();
  }
}
