package org.pacto.dialogue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacto.dialogue.calculation.EventFigures;

/** The demo's synthetic registrations reproduce the report's figures (seed 003, section b). */
class SyntheticRegistrationsTest {

    @Test
    void theFiguresAreTheReportsAndTheListIsTheSameEveryTime() {
        var people = SyntheticRegistrations.people();
        assertThat(people).isEqualTo(SyntheticRegistrations.people());
        assertThat(people).allSatisfy(p -> {
            assertThat(p.email()).endsWith(".invalid");
            assertThat(p.name()).contains("sintético");
        });
        assertThat(new HashSet<>(people.stream().map(SyntheticRegistrations.Person::email).toList()))
                .hasSize(people.size());
        var registrants = people.stream().map(p -> new EventFigures.Registrant(String.valueOf(p.index()),
                p.country(), p.sector(), p.gender() == null ? "not-said" : "self-described")).toList();
        var figures = EventFigures.of(registrants, List.of(
                new EventFigures.SessionAttendance("1", ids(SyntheticRegistrations.firstSession())),
                new EventFigures.SessionAttendance("2", ids(SyntheticRegistrations.secondSession()))));
        assertThat(figures.bySession().get(0).participants()).isEqualTo(181);
        assertThat(figures.bySession().get(0).countries()).isEqualTo(28);
        assertThat(figures.bySession().get(1).participants()).isEqualTo(141);
        assertThat(figures.bySession().get(1).countries()).isEqualTo(27);
    }

    private static java.util.Set<String> ids(List<Integer> indices) {
        return new HashSet<>(indices.stream().map(String::valueOf).toList());
    }
}
