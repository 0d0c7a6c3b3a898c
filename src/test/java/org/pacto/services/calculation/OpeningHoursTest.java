package org.pacto.services.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Opening hours as a notice board writes them, read for "open now". */
class OpeningHoursTest {

    @Test
    void weekdayHoursAreOpenInsideAndClosedOutside() {
        var hours = OpeningHours.parse("mo-fr 09:00-16:00; sa 09:00-12:00").orElseThrow();
        assertThat(hours.openAt(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0))).isTrue();
        assertThat(hours.openAt(DayOfWeek.WEDNESDAY, LocalTime.of(16, 0))).isFalse();
        assertThat(hours.openAt(DayOfWeek.SATURDAY, LocalTime.of(11, 59))).isTrue();
        assertThat(hours.openAt(DayOfWeek.SUNDAY, LocalTime.of(10, 0))).isFalse();
    }

    @Test
    void dayListsAndAlwaysOpen() {
        var hours = OpeningHours.parse("mo,we,fr 10:00-13:00").orElseThrow();
        assertThat(hours.openAt(DayOfWeek.MONDAY, LocalTime.NOON)).isTrue();
        assertThat(hours.openAt(DayOfWeek.TUESDAY, LocalTime.NOON)).isFalse();
        assertThat(OpeningHours.parse("24/7").orElseThrow().openAt(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT)).isTrue();
    }

    @Test
    void malformedHoursAreRefused() {
        assertThat(OpeningHours.parse("lunes a viernes")).isEmpty();
        assertThat(OpeningHours.parse("fr-mo 09:00-12:00")).isEmpty();
        assertThat(OpeningHours.parse("mo 12:00-09:00")).isEmpty();
        assertThat(OpeningHours.parse("mo 25:00-26:00")).isEmpty();
    }
}
