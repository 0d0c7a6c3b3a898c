package org.pacto.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pacto.identity.Actor;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.PersonId;
import org.pacto.identity.Role;
import org.pacto.platform.ConflictException;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database upgraded from a Pacto that kept registrants in clear (dialogue V1): those rows still refuse a second
 * registration of their address until sealed, and the start-up sealing leaves no name or address in clear.
 */
@PactoTest
class RegistrationSealingTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Events events;
    @Autowired
    RegistrationSealing sealing;

    @Test
    void rowsWrittenInClearAreSealedAndKeepRefusingTheirAddress() {
        UUID event = UUID.randomUUID();
        Instant later = Instant.now().plus(30, ChronoUnit.DAYS);
        jdbc.sql("insert into dialogue.event (id, title, modality, open_to_public, interpretation, rapporteurs, "
                + "created_at) values (:id, 'Diálogo anterior', 'online', true, false, '{}', now())")
                .param("id", event).update();
        jdbc.sql("insert into dialogue.session (id, event_id, position, topic, objectives, starts_at, ends_at) "
                + "values (:id, :event, 0, 'Tema', '{7}', :starts, :ends)").param("id", UUID.randomUUID())
                .param("event", event).param("starts", Timestamp.from(later))
                .param("ends", Timestamp.from(later.plus(2, ChronoUnit.HOURS))).update();
        UUID legacy = UUID.randomUUID();
        jdbc.sql("insert into dialogue.registration (id, event_id, name, email, email_key, organisation, country, "
                + "sector, token_hash, registered_at) values (:id, :event, 'Rosa Antigua', 'Rosa.Antigua@example.org', "
                + "'rosa.antigua@example.org', 'Colectivo', 'BO', 'civil-society', 'h', now())")
                .param("id", legacy).param("event", event).update();

        assertThatThrownBy(() -> events.register(event, new EventInput.RegistrationInput("Otra",
                "ROSA.antigua@example.org", "X", "BO", "un", null)))
                .isInstanceOf(ConflictException.class);

        while (sealing.sealBatch() > 0) {
            // every row written in clear, this test's included
        }
        String row = jdbc.sql("select row_to_json(r)::text from dialogue.registration r where id = :id")
                .param("id", legacy).query(String.class).single().toLowerCase(java.util.Locale.ROOT);
        assertThat(row).doesNotContain("rosa").doesNotContain("antigua");
        assertThatThrownBy(() -> events.register(event, new EventInput.RegistrationInput("Otra",
                "rosa.antigua@example.org", "X", "BO", "un", null)))
                .isInstanceOf(ConflictException.class);
        Actor secretariat = new Actor(new PersonId(UUID.randomUUID()), "s@example.org", "S",
                new OrganisationId(UUID.randomUUID()), Set.of(Role.SECRETARIAT));
        assertThat(events.registrants(secretariat, event)).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Rosa Antigua");
            assertThat(r.email()).isEqualTo("Rosa.Antigua@example.org");
        });
    }
}
