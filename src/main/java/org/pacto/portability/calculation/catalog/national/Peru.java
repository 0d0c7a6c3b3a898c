package org.pacto.portability.calculation.catalog.national;

import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Peru, Sistema Nacional de Pensiones (Decreto Ley 19990 as amended). */
public final class Peru implements NationalScheme {

  @Override
  public String country() {
    return "PE";
  }

  @Override
  public String currency() {
    return "PEN";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("PE", query);
    }
    return NationalRule.builder("PE", "Sistema Nacional de Pensiones (ONP)")
        .minimum(PeriodLength.years(20), "Decreto Ley 25967 art. 1 (20 years of contributions)")
        .age(AgeCondition.at(65, 0, "Ley 26504 art. 9 (age 65)"))
        .missing("amount formula: SNP reference remuneration rules not catalogued")
        .note("Sistema Privado de Pensiones (AFP, individual accounts; TUO approved by Decreto Supremo 054-97-EF):"
            + " the pension depends on the account balance; ask your AFP for the balance and a projection")
        .build();
  }
}
