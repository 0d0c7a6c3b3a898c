package org.pacto.portability.calculation.catalog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pacto.portability.calculation.Person;

/**
 * What a national scheme needs to pick the rule version: the person, the claim date, the branch,
 * the first day the person was insured in that country (some reforms depend on it), the date the
 * risk materialised and, for survivors, the claimant's relationship to the deceased.
 */
public record RuleQuery(
    Person person, LocalDate claimDate, Branch branch, @Nullable LocalDate firstInsuredInCountry,
    @Nullable LocalDate contingencyDate, @Nullable String relationship) {

  public RuleQuery(Person person, LocalDate claimDate, Branch branch, @Nullable LocalDate firstInsuredInCountry) {
    this(person, claimDate, branch, firstInsuredInCountry, null, null);
  }

  /** The date the risk materialised: the contingency date when given, else the claim date. */
  public LocalDate riskDate() {
    return contingencyDate == null ? claimDate : contingencyDate;
  }
}
