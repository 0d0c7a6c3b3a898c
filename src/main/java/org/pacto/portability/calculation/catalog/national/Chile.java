package org.pacto.portability.calculation.catalog.national;

import org.pacto.portability.calculation.Sex;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.DefinedContribution;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Chile, AFP individual-account old-age pension (Decreto Ley 3.500 de 1980). */
public final class Chile implements NationalScheme {

  private static final String SOURCE = "Decreto Ley 3.500 art. 3";

  @Override
  public String country() {
    return "CL";
  }

  @Override
  public String currency() {
    return "CLP";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("CL", query);
    }
    boolean female = query.person().sex() == Sex.FEMALE;
    return NationalRule.builder("CL", "Sistema de capitalización individual (AFP)")
        .minimum(PeriodLength.days(0), SOURCE + " (no minimum contribution period for old age)")
        .age(AgeCondition.at(female ? 60 : 65, 0, SOURCE + " (60 women / 65 men)"))
        .formula(new DefinedContribution("Decreto Ley 3.500: pension financed by the individual account balance"))
        .note("Non-contributory Pensión Garantizada Universal not modelled")
        .build();
  }
}
