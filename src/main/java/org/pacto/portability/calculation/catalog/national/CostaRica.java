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
        .missing("amount formula: base amount and increments not catalogued")
        .build();
  }
}
