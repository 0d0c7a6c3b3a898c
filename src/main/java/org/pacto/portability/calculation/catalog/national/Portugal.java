package org.pacto.portability.calculation.catalog.national;

import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Portugal, old-age pension of the general social-security scheme (Decreto-Lei 187/2007). */
public final class Portugal implements NationalScheme {

  private static final String MINIMUM = "Decreto-Lei 187/2007 art. 19 (prazo de garantia: 15 years with earnings recorded)";
  private static final String AGE =
      "Decreto-Lei 187/2007 art. 20 (normal age linked to life expectancy, fixed each year by portaria)";

  @Override
  public String country() {
    return "PT";
  }

  @Override
  public String currency() {
    return "EUR";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("PT", query);
    }
    NationalRule.Builder rule = NationalRule.builder("PT", "Regime geral, pensão de velhice")
        .minimum(PeriodLength.years(15), MINIMUM)
        .missing("amount formula: global rate by earnings bracket and sustainability factor not catalogued");
    switch (query.claimDate().getYear()) {
      case 2024 -> rule.age(AgeCondition.at(66, 4, AGE));
      case 2025 -> rule.age(AgeCondition.at(66, 7, AGE));
      case 2026 -> rule.age(AgeCondition.at(66, 9, AGE)).note("2026 age (66y9m) recalled from the annual portaria; verify");
      default -> rule.missing("pension age for " + query.claimDate().getYear() + ": not catalogued");
    }
    return rule.build();
  }
}
