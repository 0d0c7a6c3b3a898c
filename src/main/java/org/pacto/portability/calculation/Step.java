package org.pacto.portability.calculation;

import java.util.List;

/**
 * One step of the calculation, language-neutral: a stable message code, its arguments and the
 * article or source it applies. Arguments are strings, numbers ({@code Long}, {@code BigDecimal}),
 * dates, {@code java.time.Period} (an age), {@code catalog.PeriodLength}, {@code catalog.AgeCondition},
 * {@code catalog.SignatoryStatus},
 * {@link Text} or lists of these; never {@code null}.
 *
 * <p>Codes: periods, minimum-period, minimum-period-converted, recent-periods, pension-age-route, entitlement-alone,
 * agreement-in-force, totalised-periods, total-capped, entitlement-totalised, independent-amount,
 * theoretical-amount, pro-rata-amount, not-entitled, not-entitled-totalised, released-short-period,
 * last-state-pays-all, choice-independent-entitled-alone, choice-pro-rata-not-entitled-alone,
 * choice-independent-not-lower, choice-pro-rata-higher, amount-not-computable, amount-due,
 * also-calculated, type-a-competent, type-a-not-competent.
 */
public record Step(String code, List<Object> arguments, String source) {

  public Step {
    arguments = List.copyOf(arguments);
  }

  public static Step of(String code, String source, Object... arguments) {
    return new Step(code, List.of(arguments), source);
  }
}
