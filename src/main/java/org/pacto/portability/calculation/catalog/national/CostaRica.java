package org.pacto.portability.calculation.catalog.national;

import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Costa Rica, CCSS Invalidez, Vejez y Muerte (Reglamento del Seguro de IVM). */
public final class CostaRica implements NationalScheme {

  private static final String SOURCE = "Reglamento del Seguro de Invalidez, Vejez y Muerte (CCSS) art. 5 (age 65 and 300 monthly contributions)";

  @Override
  public String country() {
    return "CR";
  }

  @Override
  public String currency() {
    return "CRC";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("CR", query);
    }
    return NationalRule.builder("CR", "CCSS, seguro de IVM")
        .minimum(PeriodLength.months(300), SOURCE)
        .age(AgeCondition.at(65, 0, SOURCE))
        // Reglamento IVM art. 24 (recalled, unverified): a base amount of 52.5 % (under 2 minimum wages) down to
        // 43 % (over 8) of the reference salary (best 240 salaries, revalued), + 0.0833 % per monthly contribution
        // beyond 240. The minimum wage of reference for the brackets could not be sourced on 2026-12-02.
        .missing("amount formula: Reglamento IVM art. 24 base amount by salary bracket (52.5 % to 43 %) + 0.0833 %"
            + " per contribution beyond 240: bracket rates unverified and the reference minimum wage not catalogued")
        .build();
  }
}
