package org.pacto.portability.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The batch's digit-by-digit date reading agrees with {@code LocalDate.parse} or leaves the text to it. */
class CareerDatesTest {

    @Property(tries = 1000)
    void everyIsoDateReadsAsLocalDateReadsIt(@ForAll @IntRange(min = 0, max = 120_000) int day) {
        LocalDate date = LocalDate.of(1900, 1, 1).plusDays(day);
        assertThat(CareerReader.plainIsoDate(date.toString())).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "20a5-01-01", " 2025-01-0",
            "2025/01/01", "+2025-01-01", "2025-1-01x", "-025-01-01"})
    void anythingElseIsLeftToTheFullParser(String text) {
        assertThat(CareerReader.plainIsoDate(text)).isNull();
    }
}
