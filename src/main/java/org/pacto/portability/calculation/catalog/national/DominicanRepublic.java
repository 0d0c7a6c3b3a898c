package org.pacto.portability.calculation.catalog.national;

import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.DefinedContribution;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Dominican Republic, contributory regime of the SDSS (Ley 87-01). */
public final class DominicanRepublic implements NationalScheme {

  private static final String SOURCE = "Ley 87-01 art. 45 (age 60 and 360 monthly contributions)";

  @Override
  public String country() {
    return "DO";
  }

  @Override
  public String currency() {
    return "DOP";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("DO", query);
    }
    return NationalRule.builder("DO", "SDSS régimen contributivo, pensión por vejez")
        .minimum(PeriodLength.months(360), SOURCE)
        .age(AgeCondition.at(60, 0, SOURCE))
        .formula(new DefinedContribution("Ley 87-01: individual capitalisation accounts"))
        .build();
  }
}
