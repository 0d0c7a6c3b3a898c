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
 * Uruguay, BPS common retirement (Ley 16.713, original text at IMPO,
 * https://www.impo.com.uy/bases/leyes-originales/16713-1995, checked 2026-12-02), with the age reform of
 * Ley 20.130 (2023).
 */
public final class Uruguay implements NationalScheme {

  private static final String SOURCE = "Ley 16.713 art. 18 (causal jubilatoria común)";

  /**
   * Ley 16.713 art. 28 as amended by Ley 18.395 (2008): 45 % of the sueldo básico jubilatorio at 30 years of
   * service, +1 point per year up to 35 (50 %), +0.5 point per year beyond 35, at most 2.5 points. The
   * amended wording was recalled, not read (the IMPO page holds the 1995 original): "unverified".
   */
  static final String RATE = "Ley 16.713 art. 28 as amended by Ley 18.395 (45 % at 30 years, +1 point a year to 35,"
      + " +0.5 a year beyond, at most +2.5): amended wording unverified";

  @Override
  public String country() {
    return "UY";
  }

  @Override
  public String currency() {
    return "UYU";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("UY", query);
    }
    NationalRule.Builder rule = NationalRule.builder("UY", "BPS, jubilación común")
        .minimum(PeriodLength.years(30), SOURCE + " (30 years of service)")
        .note("The sueldo básico jubilatorio (Ley 16.713 art. 27: average of the last 10 years, or of the best 20"
            + " when more favourable) is taken as the reference wage")
        .note("Ley 16.713 art. 28: increments for each year of age the retirement is deferred beyond 60 are not"
            + " modelled")
        .note("The mixed scheme's individual account (AFAP, Ley 16.713 art. 4) is paid apart: ask your AFAP");
    if (query.person().birthDate().isBefore(LocalDate.of(1973, 1, 1))) {
      rule.age(AgeCondition.at(60, 0, SOURCE + " (age 60; cohorts born before 1973)"))
          .formula(new PercentageScale(new BigDecimal("45"), PeriodLength.years(30), PeriodUnit.YEARS,
              List.of(new Increment(5, BigDecimal.ONE), new Increment(5, new BigDecimal("0.5"))), null, RATE));
    } else {
      rule.missing("pension age for cohorts born from 1973: Ley 20.130 transition not catalogued")
          .missing("amount formula for cohorts born from 1973: Ley 20.130 not catalogued");
    }
    return rule.build();
  }
}
