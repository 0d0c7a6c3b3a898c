package org.pacto.portability.calculation;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The benefit claimed. For survivors' benefits the person and the periods are those of the
 * deceased.
 *
 * @param benefit branch code: "old-age", "invalidity" or "survivors"
 * @param date date of the claim
 * @param country ISO 3166-1 alpha-2 code of the country where the claim is lodged
 * @param contingencyDate date the risk materialised (onset of the invalidity, death); the claim date
 *     when absent
 * @param relationship for survivors, the claimant's relationship to the deceased: "spouse",
 *     "partner", "child" or "parent"
 */
public record Claim(String benefit, LocalDate date, String country, @Nullable LocalDate contingencyDate,
    @Nullable String relationship) {

  public static final Set<String> RELATIONSHIPS = Set.of("spouse", "partner", "child", "parent");

  /** An old-style claim: the risk materialises on the claim date. */
  public Claim(String benefit, LocalDate date, String country) {
    this(benefit, date, country, null, null);
  }

  /** The date the risk materialised: the contingency date when given, else the claim date. */
  public LocalDate riskDate() {
    return contingencyDate == null ? date : contingencyDate;
  }
}
