package org.pacto.portability.calculation.catalog.national;

import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** The rule of a branch a country's class does not catalogue: everything reported missing, nothing guessed. */
final class OtherBranches {

  private OtherBranches() {}

  static NationalRule notCatalogued(String country, RuleQuery query) {
    String branch = query.branch().code();
    NationalRule.Builder rule = NationalRule.builder(country, branch + ": not catalogued")
        .missing("minimum contribution period: " + branch + " not catalogued")
        .missing("amount formula: " + branch + " not catalogued");
    if (query.branch() == Branch.OLD_AGE) {
      rule.missing("pension age: not catalogued");
    } else {
      rule.noAgeCondition();
    }
    return rule.build();
  }
}
