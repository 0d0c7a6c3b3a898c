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

  /** Years of 365 days and months of 365/12 days, as Spain counts them (see {@link PeriodUnit#MONTHS_OF_365_TWELFTHS}). */
  public static PeriodLength yearsAndMonthsOf365Days(long years, long months) {
    return new PeriodLength(years * 12 + months, PeriodUnit.MONTHS_OF_365_TWELFTHS);
  }

  /** Whole units of {@code unit} contained in {@code calendarDays} (987/2009 art. 13). */
  public static long wholeUnits(long calendarDays, PeriodUnit unit) {
    return unit.wholeUnits(calendarDays);
  }

  /** This length in calendar days (987/2009 art. 13): the fewest days that hold it. */
  public long toCalendarDays() {
    return unit.toCalendarDays(amount);
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
