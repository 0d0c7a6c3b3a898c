package org.pacto.portability.calculation.catalog;

/** A period length expressed in the unit a national legislation uses. */
public record PeriodLength(long amount, PeriodUnit unit) {

  public PeriodLength {
    if (amount < 0) {
      throw new IllegalArgumentException("negative period length");
    }
  }

  public static PeriodLength days(long days) {
    return new PeriodLength(days, PeriodUnit.CALENDAR_DAYS);
  }

  public static PeriodLength weeks(long weeks) {
    return new PeriodLength(weeks, PeriodUnit.WEEKS);
  }

  public static PeriodLength months(long months) {
    return new PeriodLength(months, PeriodUnit.MONTHS);
  }

  public static PeriodLength years(long years) {
    return new PeriodLength(years, PeriodUnit.YEARS);
  }

  public static PeriodLength yearsAndMonths(long years, long months) {
    return new PeriodLength(years * 12 + months, PeriodUnit.MONTHS);
  }

  /** Whole units of {@link #unit()} contained in {@code calendarDays} (987/2009 art. 13). */
  public static long wholeUnits(long calendarDays, PeriodUnit unit) {
    return Math.floorDiv(calendarDays, unit.calendarDays());
  }

  /** This length in calendar days (987/2009 art. 13). */
  public long toCalendarDays() {
    return amount * unit.calendarDays();
  }

  /** True when {@code calendarDays} of insurance reach this length, counted in its own unit. */
  public boolean reachedBy(long calendarDays) {
    return wholeUnits(calendarDays, unit) >= amount;
  }

  @Override
  public String toString() {
    return amount + " " + unit.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
