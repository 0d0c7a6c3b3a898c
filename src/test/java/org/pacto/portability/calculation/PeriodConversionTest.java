package org.pacto.portability.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.PeriodUnit;

/** Regulation (EC) 987/2009 art. 13 conversion factors. */
class PeriodConversionTest {

  @Test
  void weekIsSevenCalendarDays() {
    assertThat(PeriodUnit.WEEKS.calendarDays()).isEqualTo(7);
    assertThat(PeriodLength.weeks(1300).toCalendarDays()).isEqualTo(9100);
    assertThat(PeriodLength.wholeUnits(13, PeriodUnit.WEEKS)).isEqualTo(1);
  }

  @Test
  void monthIsThirtyCalendarDaysQuarterThreeMonthsYearTwelveMonths() {
    assertThat(PeriodUnit.MONTHS.calendarDays()).isEqualTo(30);
    assertThat(PeriodUnit.QUARTERS.calendarDays()).isEqualTo(3 * PeriodUnit.MONTHS.calendarDays());
    assertThat(PeriodUnit.YEARS.calendarDays()).isEqualTo(12 * PeriodUnit.MONTHS.calendarDays());
    assertThat(PeriodLength.yearsAndMonths(36, 6)).isEqualTo(PeriodLength.months(438));
  }

  @Test
  void reachedCountsWholeUnitsOnly() {
    assertThat(PeriodLength.months(12).reachedBy(359)).isFalse();
    assertThat(PeriodLength.months(12).reachedBy(360)).isTrue();
    assertThat(PeriodLength.days(5475).reachedBy(5474)).isFalse();
    assertThat(PeriodLength.days(5475).reachedBy(5475)).isTrue();
  }

  @Test
  void negativeLengthIsRejected() {
    assertThatThrownBy(() -> PeriodLength.days(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
