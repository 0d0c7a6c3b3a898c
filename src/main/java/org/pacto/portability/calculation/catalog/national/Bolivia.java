package org.pacto.portability.calculation.catalog.national;

import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.DefinedContribution;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Bolivia, Sistema Integral de Pensiones (Ley 065 de 2010). */
public final class Bolivia implements NationalScheme {

  @Override
  public String country() {
    return "BO";
  }

  @Override
  public String currency() {
    return "BOB";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("BO", query);
    }
    return NationalRule.builder("BO", "Sistema Integral de Pensiones, pensión de vejez")
        .age(AgeCondition.at(58, 0, "Ley 065 de 2010 (age 58; article number not verified)"))
        .formula(new DefinedContribution("Ley 065 de 2010: contributory old-age pension financed by the individual account"))
        .missing("minimum contribution period: depends on the account balance or the Pensión Solidaria route; not catalogued")
        .note("Reduction of the age for women by one year per child (max. 3) not modelled")
        .build();
  }
}
