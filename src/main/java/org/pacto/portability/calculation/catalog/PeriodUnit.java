package org.pacto.portability.calculation.catalog;

/**
 * Units in which national legislations count periods, with their value in calendar days under the
 * conversion rules of Regulation (EC) 987/2009 art. 13 (1 week = 7 calendar days = 5 days of a
 * 5-day week; 1 month = 30 calendar days = 22 days of a 5-day week; 1 quarter = 3 months; 1 year =
 * 12 months).
 */
public enum PeriodUnit {
  CALENDAR_DAYS(1),
  WEEKS(7),
  MONTHS(30),
  QUARTERS(90),
  YEARS(360);

  public static final String CONVERSION_SOURCE = "Regulation (EC) 987/2009 art. 13";

  private final int calendarDays;

  PeriodUnit(int calendarDays) {
    this.calendarDays = calendarDays;
  }

  public int calendarDays() {
    return calendarDays;
  }
}
