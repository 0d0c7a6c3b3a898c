package org.pacto.portability.calculation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Outcome for one country where the person has periods. Amounts are rounded HALF_UP to cents;
 * {@code null} where they cannot be computed (the warnings say why). Eligibility is {@code null}
 * when it cannot be determined.
 *
 * @param agreement id of the agreement applied, {@code null} when none links this country
 * @param basis "independent", "pro-rata", "released-short-period", "last-state-all-periods",
 *     "not-eligible", "defined-contribution" or "rule-missing"
 * @param daysAlone calendar days of this country's periods (own overlaps removed)
 * @param daysTotalised calendar days of all totalised periods (each day counted once)
 */
public record CountryResult(
    String country,
    @Nullable String agreement,
    @Nullable Boolean eligibleAlone,
    @Nullable Boolean eligibleWithTotalization,
    @Nullable BigDecimal independentAmount,
    @Nullable BigDecimal theoreticalAmount,
    @Nullable BigDecimal proRataAmount,
    @Nullable BigDecimal amountDue,
    @Nullable String currency,
    String basis,
    long daysAlone,
    long daysTotalised,
    List<Step> steps,
    List<Warning> warnings) {

  public CountryResult {
    steps = List.copyOf(steps);
    warnings = List.copyOf(warnings);
  }
}
