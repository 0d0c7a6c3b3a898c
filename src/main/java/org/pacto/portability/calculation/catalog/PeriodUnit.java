package org.pacto.portability.calculation.catalog;

/**
 * Units in which national legislations count periods, with their value in calendar days under the
 * conversion rules of Regulation (EC) 987/2009 art. 13 (1 week = 7 calendar days = 5 days of a
 * 5-day week; 1 month = 30 calendar days = 22 days of a 5-day week; 1 quarter = 3 months; 1 year =
 * 12 months), plus the Spanish month of 365/12 days.
 */
public enum PeriodUnit {
  CALENDAR_DAYS(1),
  WEEKS(7),
  MONTHS(30),
  QUARTERS(90),
  YEARS(360),
  /**
   * Spain: days of contribution become years of 365 days and months of 365/12 days, and only
   * complete months count (INSS method applying LGSS art. 205, 210.1 and transitional provisions 7
   * and 9, which speak of years and "cada mes adicional de cotización"). 15 years are 5,475 days.
   * Costa Rica's monthly contributions ("cuotas") are counted in the same months: a calendar month is
   * 365/12 days on average, so a career of N calendar years holds 12 N of them.
   */
  MONTHS_OF_365_TWELFTHS(0);

  public static final String CONVERSION_SOURCE = "Regulation (EC) 987/2009 art. 13";

  private final int calendarDays;

  PeriodUnit(int calendarDays) {
    this.calendarDays = calendarDays;
  }

  /**
   * Calendar days of one unit under 987/2009 art. 13; the Spanish month has no whole-day length
   * (365/12) and answers 0: use {@link #wholeUnits} and {@link #toCalendarDays} instead.
   */
  public int calendarDays() {
    return calendarDays;
  }

  /** Complete units in {@code days} calendar days (a fraction of a unit adds nothing). */
  public long wholeUnits(long days) {
    return this == MONTHS_OF_365_TWELFTHS ? Math.floorDiv(days * 12, 365) : Math.floorDiv(days, calendarDays);
  }

  /** The fewest calendar days holding {@code amount} complete units. */
  public long toCalendarDays(long amount) {
    return this == MONTHS_OF_365_TWELFTHS ? Math.ceilDiv(amount * 365, 12) : amount * calendarDays;
  }
}
