package org.pacto.portability.calculation.catalog.national;

import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Paraguay, IPS ordinary retirement (Ley 98/92). */
public final class Paraguay implements NationalScheme {

  private static final String SOURCE = "Ley 98/92 (IPS jubilación ordinaria; article number not verified)";

  @Override
  public String country() {
    return "PY";
  }

  @Override
  public String currency() {
    return "PYG";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("PY", query);
    }
    return NationalRule.builder("PY", "IPS, jubilación ordinaria")
        .minimum(PeriodLength.years(25), SOURCE + " (25 years of contributions)")
        .age(AgeCondition.at(60, 0, SOURCE + " (age 60)"))
        .missing("amount formula: not catalogued (reduced and proportional routes not verified)")
        .build();
  }
}
