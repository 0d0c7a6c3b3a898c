package org.pacto.portability.calculation.catalog.national;

import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Ecuador, IESS ordinary old-age pension (Ley de Seguridad Social, 2001). */
public final class Ecuador implements NationalScheme {

  private static final String SOURCE = "Ley de Seguridad Social art. 185 (IESS jubilación ordinaria de vejez)";

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
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("EC", query);
    }
    return NationalRule.builder("EC", "IESS, jubilación ordinaria de vejez")
        .minimum(PeriodLength.months(120), SOURCE + " (shortest route: 120 monthly contributions at 70)")
        .age(AgeCondition.at(60, 0, PeriodLength.months(360), SOURCE))
        .age(AgeCondition.at(65, 0, PeriodLength.months(180), SOURCE))
        .age(AgeCondition.at(70, 0, PeriodLength.months(120), SOURCE))
        .age(AgeCondition.at(0, 0, PeriodLength.months(480), SOURCE + " (480 contributions at any age)"))
        .missing("amount formula: coefficient table on the best five years not catalogued")
        .note("Article number of the 65/15 and 70/10 routes not verified against the consolidated text")
        .build();
  }
}
