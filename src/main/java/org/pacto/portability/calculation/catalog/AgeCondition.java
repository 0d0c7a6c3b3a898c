package org.pacto.portability.calculation.catalog;

import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * One route to an old-age pension: the age to reach and, when the route demands more than the
 * general minimum, the insurance period it requires.
 */
public record AgeCondition(int years, int months, @Nullable PeriodLength requiredPeriod, String source) {

  public static AgeCondition at(int years, int months, String source) {
    return new AgeCondition(years, months, null, source);
  }

  public static AgeCondition at(int years, int months, PeriodLength requiredPeriod, String source) {
    return new AgeCondition(years, months, requiredPeriod, source);
  }

  /** A route open at any age (e.g. Ecuador's 480 contributions): only the period counts. */
  public boolean anyAge() {
    return years == 0 && months == 0;
  }

  public boolean reachedBy(Period age) {
    return age.toTotalMonths() >= years * 12L + months;
  }

  public boolean satisfiedBy(Period age, long calendarDays) {
    return reachedBy(age) && (requiredPeriod == null || requiredPeriod.reachedBy(calendarDays));
  }

  public String describe() {
    if (anyAge()) {
      return requiredPeriod == null ? "any age" : "any age with at least " + requiredPeriod;
    }
    String text = years + "y" + (months > 0 ? " " + months + "m" : "");
    return requiredPeriod == null ? text : text + " with at least " + requiredPeriod;
  }
}
