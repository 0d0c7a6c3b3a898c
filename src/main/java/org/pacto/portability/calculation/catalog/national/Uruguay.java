package org.pacto.portability.calculation.catalog.national;

import java.time.LocalDate;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Uruguay, BPS common retirement (Ley 16.713), with the age reform of Ley 20.130. */
public final class Uruguay implements NationalScheme {

  private static final String SOURCE = "Ley 16.713 art. 18 (causal jubilatoria común)";

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
        .missing("amount formula: sueldo básico jubilatorio and acquisition rates not catalogued");
    if (query.person().birthDate().isBefore(LocalDate.of(1973, 1, 1))) {
      rule.age(AgeCondition.at(60, 0, SOURCE + " (age 60; cohorts born before 1973)"));
    } else {
      rule.missing("pension age for cohorts born from 1973: Ley 20.130 transition not catalogued");
    }
    return rule.build();
  }
}
