package org.pacto.portability.calculation.catalog;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a national legislation turns insurance periods into an amount. */
public sealed interface AmountFormula {

  String source();

  /**
   * Percentage of a reference wage: {@code basePercent} once {@code thresholdDays} are reached,
   * plus increments per whole unit beyond the threshold, capped at {@code maxPercent} when given.
   */
  record PercentageScale(
      BigDecimal basePercent,
      PeriodLength threshold,
      PeriodUnit incrementUnit,
      List<Increment> increments,
      @Nullable BigDecimal maxPercent,
      String source)
      implements AmountFormula {

    public PercentageScale {
      increments = List.copyOf(increments);
    }

    /** The percentage earned by {@code calendarDays} of insurance. */
    public BigDecimal percentFor(long calendarDays) {
      long thresholdDays = threshold.toCalendarDays();
      BigDecimal percent = basePercent;
      long beyond = Math.max(0, PeriodLength.wholeUnits(calendarDays - thresholdDays, incrementUnit));
      for (Increment increment : increments) {
        long used = Math.min(beyond, increment.units());
        percent = percent.add(increment.percentPerUnit().multiply(BigDecimal.valueOf(used)));
        beyond -= used;
      }
      if (maxPercent != null && percent.compareTo(maxPercent) > 0) {
        return maxPercent;
      }
      return percent;
    }
  }

  /** {@code units} whole units each adding {@code percentPerUnit} percentage points. */
  record Increment(long units, BigDecimal percentPerUnit) {}

  /** A flat amount once the conditions are met, independent of the length of periods. */
  record FlatAmount(BigDecimal amount, String source) implements AmountFormula {}

  /**
   * Individual accounts: the benefit is the account balance (and what it buys), which cannot be
   * computed from insurance periods.
   */
  record DefinedContribution(String source) implements AmountFormula {}
}
