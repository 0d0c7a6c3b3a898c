package org.pacto.portability.calculation.catalog.national;

import org.pacto.portability.calculation.Sex;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.DefinedContribution;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** El Salvador, Sistema de Ahorro para Pensiones (Ley del SAP, 1996, reformed 2022). */
public final class ElSalvador implements NationalScheme {

  @Override
  public String country() {
    return "SV";
  }

  @Override
  public String currency() {
    return "USD";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("SV", query);
    }
    boolean female = query.person().sex() == Sex.FEMALE;
    return NationalRule.builder("SV", "Sistema de Ahorro para Pensiones")
        .age(AgeCondition.at(female ? 55 : 60, 0, "Ley del SAP art. 104 (55 women / 60 men)"))
        .formula(new DefinedContribution("Ley del SAP: pension financed by the individual account"))
        .missing("minimum contribution period: changed by the 2022 Ley Integral del Sistema de Pensiones; not catalogued")
        .build();
  }
}
