package org.pacto.portability.calculation.catalog.national;

import org.pacto.portability.calculation.Sex;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Argentina, SIPA ordinary retirement (Ley 24.241). */
public final class Argentina implements NationalScheme {

  private static final String SOURCE = "Ley 24.241 art. 19";

  @Override
  public String country() {
    return "AR";
  }

  @Override
  public String currency() {
    return "ARS";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("AR", query);
    }
    boolean female = query.person().sex() == Sex.FEMALE;
    return NationalRule.builder("AR", "SIPA, prestación básica universal y compensatoria")
        .minimum(PeriodLength.years(30), SOURCE + " (30 years of service with contributions)")
        .age(AgeCondition.at(female ? 60 : 65, 0, SOURCE + " (60 women / 65 men)"))
        .missing("amount formula: PBU, PC and PAP amounts are indexed (movilidad) and not catalogued")
        .build();
  }
}
