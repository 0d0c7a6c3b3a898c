package org.pacto.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationSummary;
import org.pacto.identity.PersonId;
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.NotFoundException;
import org.pacto.services.domain.CaseFiles;
import org.pacto.services.domain.CaseInput;
import org.pacto.services.domain.ReferralInput;
import org.pacto.services.domain.ReferralStatus.Action;
import org.pacto.services.domain.Referrals;
import org.pacto.services.domain.RefusedRequest;
import org.pacto.services.domain.ServicePointInput;
import org.pacto.services.domain.ServicePoints;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The services module with platform and taxonomy over the real PostgreSQL, identity stubbed: sealed fields are
 * ciphertext in the database and open again for an allowed reader; every read is audited with its reason; another
 * organisation's staff do not learn a case exists; a referral opens the case to its receiver until it ends.
 */
@ApplicationModuleTest(extraIncludes = {"platform", "taxonomy"})
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = "pacto.early-database-start=false")
@DirtiesContext
@Tag("db")
class ServicesModuleTest {

    private static final String NAME = "Valentina Quispe Mamani";
    private static final String CONTACT = "+54 11 5555-0101";

    @MockitoBean
    Actors actors;
    @Autowired
    CaseFiles cases;
    @Autowired
    Referrals referrals;
    @Autowired
    ServicePoints points;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    private final OrganisationId quilmes = new OrganisationId(UUID.randomUUID());
    private final OrganisationId receiver = new OrganisationId(UUID.randomUUID());
    private final OrganisationId elsewhere = new OrganisationId(UUID.randomUUID());

    @BeforeEach
    void organisations() {
        when(actors.organisation(any())).thenAnswer(call -> {
            OrganisationId id = call.getArgument(0);
            return Optional.of(new OrganisationSummary(id, "Org " + id, "local-authority", "AR", "local", null,
                    null, false));
        });
    }

    private static Actor staff(OrganisationId organisation, Role... roles) {
        return new Actor(new PersonId(UUID.randomUUID()), "staff@example.org", "Staff", organisation, Set.of(roles));
    }

    private UUID openCase() {
        return cases.open(staff(quilmes, Role.CASEWORKER), new CaseInput(NAME, CONTACT, "female", "12-17",
                List.of("es", "qu"), List.of("unaccompanied-child"))).id();
    }

    private void operates(OrganisationId organisation) {
        points.create(staff(organisation, Role.FOCAL_POINT), new ServicePointInput("Punto " + UUID.randomUUID(),
                "community-centre", null, "AR", "Quilmes", "Calle 1", -34.72, -58.25, "mo-fr 09:00-17:00",
                "America/Argentina/Buenos_Aires", List.of("es"), List.of("shelter"), true, true, null, null,
                java.time.LocalDate.of(2026, 11, 1), null));
    }

    @Test
    void theNameAndContactAreCiphertextInTheDatabaseAndOpenForTheOwner() {
        UUID id = openCase();
        var row = jdbc.sql("select name, contact, code from services.case_file where id = :id").param("id", id)
                .query((rs, n) -> List.of(rs.getBytes(1), rs.getBytes(2), rs.getString(3).getBytes())).single();
        for (int i = 0; i < 2; i++) {
            String stored = new String(row.get(i), StandardCharsets.ISO_8859_1);
            assertThat(stored).doesNotContain("Valentina").doesNotContain("Quispe").doesNotContain("5555");
            assertThat(new String(row.get(i), StandardCharsets.UTF_8)).doesNotContain("Valentina");
        }
        // nothing of the name anywhere in the database's text columns of the module
        assertThat(jdbc.sql("select count(*) from services.case_file where code like '%Quispe%'"
                + " or array_to_string(needs, ',') like '%Quispe%'").query(Long.class).single()).isZero();
        var view = cases.read(staff(quilmes, Role.CASEWORKER), id, "seguimiento de la derivación");
        assertThat(view.name()).isEqualTo(NAME);
        assertThat(view.contact()).isEqualTo(CONTACT);
        assertThat(view.childLens()).isTrue();
    }

    @Test
    void everyReadIsAuditedWithWhyAndNoneWithoutAReason() {
        UUID id = openCase();
        assertThatThrownBy(() -> cases.read(staff(quilmes, Role.CASEWORKER), id, "  "))
                .isInstanceOf(org.pacto.platform.InvalidInputException.class);
        cases.read(staff(quilmes, Role.SUPERVISOR), id, "revisión de la supervisión");
        var history = audit.history("services.case", id.toString());
        assertThat(history).extracting(AuditTrail.Entry::action).containsExactly("opened", "read-personal-data");
        assertThat(history.get(1).changes()).contains("revisión de la supervisión");
        assertThat(history).allSatisfy(e -> assertThat(e.changes()).doesNotContain("Valentina"));
    }

    @Test
    void anotherOrganisationDoesNotLearnTheCaseExistsUntilItIsReferredThere() {
        UUID id = openCase();
        operates(receiver);
        assertThatThrownBy(() -> cases.read(staff(receiver, Role.CASEWORKER), id, "curiosidad"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.read(staff(quilmes, Role.MEMBER), id, "curiosidad"))
                .isInstanceOf(AccessDeniedException.class);

        UUID referral = referrals.refer(staff(quilmes, Role.CASEWORKER), id,
                new ReferralInput(receiver.toString(), "Alojamiento", "emergency", true, null));
        var seen = cases.read(staff(receiver, Role.CASEWORKER), id, "recibir a la persona");
        assertThat(seen.owner()).isFalse();
        assertThat(seen.name()).isEqualTo(NAME);
        assertThat(seen.referrals()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("sent"));
        assertThatThrownBy(() -> cases.read(staff(elsewhere, Role.CASEWORKER), id, "x"))
                .isInstanceOf(NotFoundException.class);

        referrals.act(staff(quilmes, Role.CASEWORKER), referral, Action.REVOKE);
        assertThatThrownBy(() -> cases.read(staff(receiver, Role.CASEWORKER), id, "otra vez"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void withoutConsentOnlyASupervisorsOverrideRefers() {
        UUID id = openCase();
        operates(receiver);
        var noConsent = new ReferralInput(receiver.toString(), "Protección", "emergency", false, null);
        assertThatThrownBy(() -> referrals.refer(staff(quilmes, Role.CASEWORKER), id, noConsent))
                .isInstanceOf(RefusedRequest.class).hasMessage("consent-required");
        var override = new ReferralInput(receiver.toString(), "Protección", "emergency", false,
                new ReferralInput.Override("Niña no acompañada en peligro"));
        assertThatThrownBy(() -> referrals.refer(staff(quilmes, Role.CASEWORKER), id, override))
                .isInstanceOf(AccessDeniedException.class);
        UUID referral = referrals.refer(staff(quilmes, Role.SUPERVISOR), id, override);
        var view = referrals.act(staff(receiver, Role.CASEWORKER), referral, Action.ACCEPT);
        assertThat(view.overridden()).isTrue();
        assertThat(view.overrideReason()).isEqualTo("Niña no acompañada en peligro");
        // without consent the receiver does not get the contact
        assertThat(cases.read(staff(receiver, Role.CASEWORKER), id, "recibir").contact()).isNull();
        var stored = jdbc.sql("select override_reason from services.referral where id = :id").param("id", referral)
                .query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)).single();
        assertThat(stored).doesNotContain("acompañada");
    }

    @Test
    void erasureRemovesThePersonKeepsTheAuditAndEndsOpenReferrals() {
        UUID id = openCase();
        operates(receiver);
        referrals.refer(staff(quilmes, Role.CASEWORKER), id, new ReferralInput(receiver.toString(), "Salud",
                "routine", true, null));
        var export = cases.export(staff(quilmes, Role.CASEWORKER), id, "pedido de la persona");
        assertThat(export.toString()).contains(NAME);
        cases.erase(staff(quilmes, Role.SUPERVISOR), id, "pedido de la persona del 1 de noviembre");
        var view = cases.read(staff(quilmes, Role.CASEWORKER), id, "comprobar el borrado");
        assertThat(view.name()).isNull();
        assertThat(view.contact()).isNull();
        assertThat(view.erasedAt()).isNotNull();
        assertThat(view.referrals()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("revoked");
            assertThat(r.reason()).isEmpty();
        });
        assertThatThrownBy(() -> cases.read(staff(receiver, Role.CASEWORKER), id, "x"))
                .isInstanceOf(NotFoundException.class);
        assertThat(audit.history("services.case", id.toString())).extracting(AuditTrail.Entry::action)
                .contains("opened", "erased");
    }

    @Test
    void closedCasesAreAnonymisedAfterTheRetentionPeriod() {
        UUID id = openCase();
        cases.close(staff(quilmes, Role.SUPERVISOR), id);
        assertThat(cases.anonymiseClosedBefore(Instant.now().minusSeconds(86400))).isZero();
        assertThat(cases.anonymiseClosedBefore(Instant.now().plusSeconds(60))).isGreaterThanOrEqualTo(1);
        assertThat(cases.read(staff(quilmes, Role.CASEWORKER), id, "x").name()).isNull();
    }
}
