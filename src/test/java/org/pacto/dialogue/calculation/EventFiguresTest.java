package org.pacto.dialogue.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pacto.dialogue.calculation.EventFigures.Registrant;
import org.pacto.dialogue.calculation.EventFigures.SessionAttendance;

class EventFiguresTest {

    private static final List<Registrant> PEOPLE = List.of(
            new Registrant("1", "AR", "civil-society", "self-described"),
            new Registrant("2", "AR", "un", "not-said"),
            new Registrant("3", "CL", "civil-society", "self-described"),
            new Registrant("4", "PE", "national-government", "not-said"));

    @Test
    void participantsAreDistinctRegistrationsThatAttendedAtLeastOneSession() {
        var figures = EventFigures.of(PEOPLE, List.of(new SessionAttendance("s1", Set.of("1", "2", "3")),
                new SessionAttendance("s2", Set.of("1", "3"))));
        assertThat(figures.registered()).isEqualTo(4);
        assertThat(figures.participants()).isEqualTo(3);
        assertThat(figures.countries()).isEqualTo(2);
        assertThat(figures.bySector()).containsEntry("civil-society", 2).containsEntry("un", 1)
                .doesNotContainKey("national-government");
        assertThat(figures.byGender()).containsEntry("self-described", 2).containsEntry("not-said", 1);
        assertThat(figures.bySession()).extracting(EventFigures.SessionFigures::participants).containsExactly(3, 2);
        assertThat(figures.bySession()).extracting(EventFigures.SessionFigures::countries).containsExactly(2, 2);
    }

    @Test
    void attendanceOfUnknownRegistrationsIsIgnored() {
        var figures = EventFigures.of(PEOPLE, List.of(new SessionAttendance("s1", Set.of("9", "4"))));
        assertThat(figures.participants()).isEqualTo(1);
        assertThat(figures.bySession().getFirst().participants()).isEqualTo(1);
    }

    @Test
    void nobodyAttendingMeansNoParticipants() {
        var figures = EventFigures.of(PEOPLE, List.of(new SessionAttendance("s1", Set.of())));
        assertThat(figures.registered()).isEqualTo(4);
        assertThat(figures.participants()).isZero();
        assertThat(figures.countries()).isZero();
    }
}
