package org.pacto.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pacto.platform.ConflictException;
import org.pacto.platform.SealedFields;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules each aggregate guards on its own: consultation window, report publication, one e-mail key. */
class AggregatesTest {

    private static final SealedFields FIELDS = new SealedFields(
            "k1:" + Base64.getEncoder().encodeToString(new byte[32]), "/nonexistent");
    private static final Instant OPENS = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-01-31T00:00:00Z");

    private static Consultation consultation() {
        return new Consultation("¿Qué temas?", List.of(new ConsultationOption("a", "A", List.of(7)),
                new ConsultationOption("b", "B", List.of())), 1, OPENS, CLOSES, false, OPENS);
    }

    @Test
    void aConsultationIsOpenBetweenItsTimesUntilClosedEarly() {
        Consultation c = consultation();
        assertThat(c.open(OPENS.minusSeconds(1))).isFalse();
        assertThat(c.closed(OPENS.minusSeconds(1))).isFalse();
        assertThat(c.open(OPENS.plusSeconds(10))).isTrue();
        assertThat(c.closed(CLOSES)).isTrue();
        c.close(OPENS.plusSeconds(60));
        assertThat(c.open(OPENS.plusSeconds(120))).isFalse();
        c.close(OPENS.plusSeconds(600));
        assertThat(c.closedAt()).isEqualTo(OPENS.plusSeconds(60));
        assertThat(c.hasOption("a")).isTrue();
        assertThat(c.hasOption("z")).isFalse();
    }

    @Test
    void aReportIsPublishedOnceAndNotRewrittenAfterwards() {
        var event = new DialogueEvent("Conversatorio", Modality.HYBRID, false, true, List.of(),
                List.of(new Session(0, "Tema", List.of(7), OPENS, CLOSES, List.of())), false, OPENS);
        assertThatThrownBy(() -> event.publish(OPENS)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("no report");
        event.writeReport("Borrador");
        event.writeReport("Borrador corregido");
        event.publish(CLOSES);
        assertThat(event.reportStatus()).isEqualTo(ReportStatus.PUBLISHED);
        event.publish(CLOSES.plusSeconds(5));
        assertThat(event.publishedAt()).isEqualTo(CLOSES);
        assertThatThrownBy(() -> event.writeReport("otro")).isInstanceOf(ConflictException.class);
        assertThat(event.startsAt()).isEqualTo(OPENS);
        assertThat(event.hasSession(event.sessions().getFirst().id())).isTrue();
        assertThat(event.hasSession(UUID.randomUUID())).isFalse();
    }

    @Test
    void oneRegistrationPerEmailComparesAddressesWithoutCaseOrSpaces() {
        assertThat(Registration.emailKey("  Ana@Example.ORG ")).isEqualTo(Registration.emailKey("ana@example.org"));
        var r = new Registration(UUID.randomUUID(), "Org", "AR", Sector.UN, null, "h", OPENS, false);
        r.seal(FIELDS, "Ana", "Ana@Example.org");
        var other = new Registration(UUID.randomUUID(), "Org", "AR", Sector.UN, null, "h2", OPENS, false);
        other.seal(FIELDS, "Bea", "  ana@EXAMPLE.org ");
        assertThat(ReflectionTestUtils.getField(r, "emailIndex"))
                .as("the blind index folds case and spaces as the rule does")
                .isEqualTo(ReflectionTestUtils.getField(other, "emailIndex"))
                .isNotEqualTo(Registration.emailKey("ana@example.org"));
        r.confirm(OPENS.plusSeconds(1));
        r.confirm(OPENS.plusSeconds(9));
        assertThat(r.confirmedAt()).isEqualTo(OPENS.plusSeconds(1));
    }

    @Test
    void aRegistrantsNameAndEmailAreKeptOnlySealedAndOpenOnlyInTheirOwnRecordAndField() {
        var r = new Registration(UUID.randomUUID(), "Org", "AR", Sector.UN, null, "h", OPENS, false);
        r.seal(FIELDS, "Ana Pérez", "ana@example.org");
        assertThat(r.legacyName()).isNull();
        assertThat(r.legacyEmail()).isNull();
        assertThat(new String(r.nameSealed(), StandardCharsets.UTF_8)).doesNotContain("Ana");
        assertThat(new String(r.emailSealed(), StandardCharsets.ISO_8859_1)).doesNotContain("example");
        assertThat(r.name(FIELDS)).isEqualTo("Ana Pérez");
        assertThat(r.email(FIELDS)).isEqualTo("ana@example.org");
        // the name's ciphertext does not open as the e-mail, nor in another registration
        var other = new Registration(UUID.randomUUID(), "Org", "AR", Sector.UN, null, "h", OPENS, false);
        other.seal(r.nameSealed(), r.nameSealed(), "x");
        assertThatThrownBy(() -> other.name(FIELDS)).isInstanceOf(IllegalStateException.class);
        ReflectionTestUtils.setField(r, "emailSealed", r.nameSealed());
        assertThatThrownBy(() -> r.email(FIELDS)).isInstanceOf(IllegalStateException.class);
    }
}
