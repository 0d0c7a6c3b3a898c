package org.pacto.dialogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pacto.identity.Actors;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.Outbox;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 11's API contract over real HTTP with the demo accounts: roles, 400/403/409 paths, privacy. */
@PactoTest
class DialogueApiTest {

    private static final String CONFIRM = "/dialogue/registrations/confirm#";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    AuditTrail audit;
    @Autowired
    Actors actors;

    Api anonymous() {
        return Api.at(port);
    }

    Api secretariat() {
        return Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
    }

    Api as(String email) {
        return Api.at(port).withToken(DemoAccounts.byEmail(email).token());
    }

    static List<String> codes(Api.Response response) {
        List<String> codes = new ArrayList<>();
        response.json().get("errors").forEach(e -> codes.add(e.get("field").asString() + ":"
                + e.get("code").asString()));
        return codes;
    }

    String newConsultation(int winners) {
        var created = secretariat().post("/api/v1/dialogue/consultations", Map.of(
                "question", "¿Qué temas?",
                "options", List.of(Map.of("key", "a", "label", "Tema A", "objectives", List.of(7)),
                        Map.of("key", "b", "label", "Tema B", "objectives", List.of(16)),
                        Map.of("key", "c", "label", "Tema C", "objectives", List.of())),
                "winners", winners,
                "opens", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                "closes", Instant.now().plus(2, ChronoUnit.DAYS).toString()));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    Map<String, Object> newEvent() {
        var created = secretariat().post("/api/v1/dialogue/events", Map.of(
                "title", "Diálogo de prueba " + UUID.randomUUID(), "modality", "hybrid", "open", true,
                "interpretation", true,
                "sessions", List.of(
                        Map.of("topic", "Vulnerabilidades", "objectives", List.of(7, 8, 15),
                                "starts", Instant.now().plus(10, ChronoUnit.DAYS).toString(),
                                "ends", Instant.now().plus(10, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).toString(),
                                "panel", List.of(Map.of("name", "Moderación", "sector", "un", "moderator", true),
                                        Map.of("name", "Panelista", "sector", "civil-society"))),
                        Map.of("topic", "Integración", "objectives", List.of(6, 16),
                                "starts", Instant.now().plus(10, ChronoUnit.DAYS).plus(5, ChronoUnit.HOURS).toString(),
                                "ends", Instant.now().plus(10, ChronoUnit.DAYS).plus(7, ChronoUnit.HOURS).toString()))));
        assertThat(created.status()).isEqualTo(201);
        List<String> sessions = new ArrayList<>();
        created.json().get("sessions").forEach(s -> sessions.add(s.asString()));
        assertThat(sessions).hasSize(2);
        return Map.of("id", created.json().get("id").asString(), "sessions", sessions);
    }

    static Map<String, String> person(String name, String email, String country, String sector) {
        return Map.of("name", name, "email", email, "organisation", "Colectivo " + name, "country", country,
                "sector", sector);
    }

    @Test
    void theGroupsAreSeed003sThirteenAndMembersArePublic() {
        var groups = anonymous().get("/api/v1/dialogue/groups");
        assertThat(groups.status()).isEqualTo(200);
        assertThat(groups.json().size()).isEqualTo(13);
        List<String> codes = new ArrayList<>();
        groups.json().forEach(g -> codes.add(g.get("code").asString()));
        assertThat(codes).contains("migrant-women-organisations", "women-girls-rights-defenders");
        var members = anonymous().get("/api/v1/dialogue/members?size=100");
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.json().get("total").asInt()).isGreaterThanOrEqualTo(9);
        assertThat(members.body()).contains("Club Sudanés del Líbano");
    }

    @Test
    void onlyTheSecretariatAdmitsMembersAndOnlyOnce() {
        var organisation = actors.organisations().stream()
                .filter(o -> o.name().equals("Municipalidad de Valparaíso")).findFirst().orElseThrow();
        var body = Map.of("organisation", organisation.id().toString(), "group", "other-stakeholders");
        assertThat(anonymous().post("/api/v1/dialogue/members", body).status()).isEqualTo(401);
        assertThat(as("colectividades@pacto.demo").post("/api/v1/dialogue/members", body).status()).isEqualTo(403);
        var unknown = secretariat().post("/api/v1/dialogue/members", Map.of("organisation",
                UUID.randomUUID().toString(), "group", "no-such-group"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).contains("application/problem+json");
        assertThat(codes(unknown)).containsExactlyInAnyOrder("organisation:unknown-organisation",
                "group:unknown-group");
        assertThat(secretariat().post("/api/v1/dialogue/members", body).status()).isEqualTo(201);
        var again = secretariat().post("/api/v1/dialogue/members", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("already-admitted");
    }

    @Test
    void membersVoteWithinKAndResultsAppearOnlyOnceClosed() {
        String id = newConsultation(1);
        String ballots = "/api/v1/dialogue/consultations/" + id + "/ballots";
        assertThat(anonymous().post(ballots, Map.of("choices", List.of("a"))).status()).isEqualTo(401);
        // a focal point of a government body that is no member of the mechanism
        assertThat(as("quilmes@pacto.demo").post(ballots, Map.of("choices", List.of("a"))).status()).isEqualTo(403);
        var tooMany = as("sindical@pacto.demo").post(ballots, Map.of("choices", List.of("a", "b")));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(codes(tooMany)).containsExactly("choices:too-many");
        var unknown = as("sindical@pacto.demo").post(ballots, Map.of("choices", List.of("zz")));
        assertThat(codes(unknown)).containsExactly("choices[0]:unknown-option");
        assertThat(as("sindical@pacto.demo").post(ballots, Map.of("choices", List.of("a"))).status()).isEqualTo(201);
        // the later ballot of the same organisation replaces the earlier one
        assertThat(as("sindical@pacto.demo").post(ballots, Map.of("choices", List.of("b"))).status()).isEqualTo(201);
        assertThat(as("colectividades@pacto.demo").post(ballots, Map.of("choices", List.of("b"))).status())
                .isEqualTo(201);
        assertThat(as("casm@pacto.demo").post(ballots, Map.of("choices", List.of("c"))).status()).isEqualTo(201);
        var early = anonymous().get("/api/v1/dialogue/consultations/" + id + "/results");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("consultation-open");
        assertThat(as("casm@pacto.demo").post("/api/v1/dialogue/consultations/" + id + "/close", Map.of()).status())
                .isEqualTo(403);
        assertThat(secretariat().post("/api/v1/dialogue/consultations/" + id + "/close", Map.of()).status())
                .isEqualTo(200);
        var results = anonymous().get("/api/v1/dialogue/consultations/" + id + "/results");
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.json().get("ballots").asInt()).isEqualTo(3);
        assertThat(results.json().get("counts").get("a").asInt()).isZero();
        assertThat(results.json().get("counts").get("b").asInt()).isEqualTo(2);
        assertThat(results.json().get("winners").get(0).asString()).isEqualTo("b");
        assertThat(results.json().get("ties").size()).isZero();
        var late = as("casm@pacto.demo").post(ballots, Map.of("choices", List.of("a")));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("consultation-closed");
    }

    @Test
    void aConsultationWithBadFieldsNamesEachOfThem() {
        var refused = secretariat().post("/api/v1/dialogue/consultations", Map.of("question", " ",
                "options", List.of(Map.of("key", "a", "label", "A", "objectives", List.of(24)),
                        Map.of("key", "a", "label", "B")), "winners", 5, "opens", "2026-01-02T00:00:00Z",
                "closes", "2026-01-01T00:00:00Z"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(codes(refused)).containsExactlyInAnyOrder("question:required",
                "options[0].objectives[0]:unknown-objective", "options[1].key:duplicate-key", "winners:out-of-range",
                "closes:end-before-start");
        assertThat(as("colectividades@pacto.demo").post("/api/v1/dialogue/consultations", Map.of()).status())
                .isEqualTo(403);
    }

    @Test
    void oneRegistrationPerEmailWithoutSignInAndNamesStayPrivate() {
        var event = newEvent();
        String id = (String) event.get("id");
        String path = "/api/v1/dialogue/events/" + id + "/registrations";
        var first = anonymous().post(path, person("Valeria Prueba", "valeria.prueba@example.org", "AR",
                "civil-society"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body()).doesNotContain("valeria").doesNotContain("Valeria");
        var again = anonymous().post(path, person("Otra Persona", "VALERIA.prueba@example.org ", "CL", "un"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("already-registered");
        var bad = anonymous().post(path, Map.of("name", "", "email", "no-es-correo", "organisation", "X",
                "country", "ZZ", "sector", "gremio"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(codes(bad)).containsExactlyInAnyOrder("name:required", "email:not-an-email",
                "country:unknown-country", "sector:unknown-sector");
        // public answers never carry the registrant
        assertThat(anonymous().get("/api/v1/dialogue/events/" + id).body()).doesNotContain("valeria");
        assertThat(anonymous().get("/api/v1/dialogue/events/" + id + "/figures").body()).doesNotContain("valeria");
        assertThat(anonymous().get("/dialogue/events/" + id).body()).doesNotContain("valeria");
        assertThat(anonymous().get("/api/v1/dialogue/events/" + id + "/registrations").status()).isEqualTo(401);
        assertThat(as("colectividades@pacto.demo").get("/api/v1/dialogue/events/" + id + "/registrations").status())
                .isEqualTo(403);
        var list = secretariat().get("/api/v1/dialogue/events/" + id + "/registrations");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("valeria.prueba@example.org");
        assertThat(audit.history("dialogue.registration", "event:" + id))
                .anySatisfy(e -> assertThat(e.action()).contains("read"));
        // the personal link confirms it
        Matcher link = Pattern.compile(Pattern.quote(CONFIRM) + "([A-Za-z0-9_-]+)")
                .matcher(outbox.to("valeria.prueba@example.org").getFirst().body());
        assertThat(link.find()).isTrue();
        var confirmed = anonymous().submitForm("/dialogue/registrations/confirm", "/dialogue/registrations/confirm",
                Map.of("secret", link.group(1)));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(jdbc.sql("select confirmed_at is not null from dialogue.registration where id = :id")
                .param("id", UUID.fromString(first.json().get("id").asString())).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void registrantsAreSealedAtRestAndTheirTrailNamesNoOne() {
        String id = (String) newEvent().get("id");
        String path = "/api/v1/dialogue/events/" + id + "/registrations";
        // the organisation is no personal data (and is stored in clear): one that does not carry the person's name
        var first = anonymous().post(path, Map.of("name", "Ximena Sellada", "email", "Ximena.Sellada@example.org",
                "organisation", "Red de Prueba", "country", "PE", "sector", "civil-society"));
        assertThat(first.status()).isEqualTo(201);
        UUID registration = UUID.fromString(first.json().get("id").asString());
        // the stored row, read as text column by column, holds neither the name nor the address in any form
        String row = jdbc.sql("select row_to_json(r)::text from dialogue.registration r where id = :id")
                .param("id", registration).query(String.class).single();
        assertThat(row.toLowerCase(java.util.Locale.ROOT)).doesNotContain("ximena").doesNotContain("sellada");
        assertThat(jdbc.sql("select name is null and email is null and email_key is null and name_sealed is not null"
                + " and email_sealed is not null and email_index is not null from dialogue.registration where id = :id")
                .param("id", registration).query(Boolean.class).single()).isTrue();
        // the blind index still refuses the same address, whatever its case and spaces, and only in this dialogue
        assertThat(anonymous().post(path, person("Otra", "  XIMENA.sellada@EXAMPLE.org", "PE", "un")).status())
                .isEqualTo(409);
        String other = (String) newEvent().get("id");
        assertThat(anonymous().post("/api/v1/dialogue/events/" + other + "/registrations",
                person("Ximena Sellada", "ximena.sellada@example.org", "PE", "civil-society")).status())
                .isEqualTo(201);
        // the secretariat reads the opened values, and that read is in the trail
        var list = secretariat().get(path);
        assertThat(list.body()).contains("Ximena Sellada").contains("Ximena.Sellada@example.org");
        assertThat(audit.history("dialogue.registration", "event:" + id))
                .anySatisfy(e -> assertThat(e.action()).contains("read"));
        // the trail of the registration itself carries no personal data
        assertThat(audit.history("dialogue.registration", registration.toString()))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.changes().toLowerCase(java.util.Locale.ROOT))
                        .doesNotContain("ximena").doesNotContain("sellada"));
    }

    @Test
    void figuresCountParticipantsWhoAttendedAndTheirCountries() {
        var event = newEvent();
        String id = (String) event.get("id");
        @SuppressWarnings("unchecked")
        List<String> sessions = (List<String>) event.get("sessions");
        List<String> registrations = new ArrayList<>();
        String[][] people = {{"AR", "civil-society"}, {"AR", "un"}, {"CL", "civil-society"}, {"PE", "academia"}};
        for (int i = 0; i < people.length; i++) {
            registrations.add(anonymous().post("/api/v1/dialogue/events/" + id + "/registrations",
                    person("Persona " + i, "persona" + i + "." + id + "@example.org", people[i][0], people[i][1]))
                    .json().get("id").asString());
        }
        String attendance = "/api/v1/dialogue/events/" + id + "/attendance";
        assertThat(as("colectividades@pacto.demo").post(attendance, Map.of("session", sessions.get(0),
                "registrations", registrations)).status()).isEqualTo(403);
        var unknown = secretariat().post(attendance, Map.of("session", UUID.randomUUID().toString(),
                "registrations", List.of(UUID.randomUUID().toString())));
        assertThat(codes(unknown)).containsExactlyInAnyOrder("session:unknown-session",
                "registrations[0]:unknown-registration");
        assertThat(secretariat().post(attendance, Map.of("session", sessions.get(0),
                "registrations", registrations.subList(0, 3))).status()).isEqualTo(200);
        assertThat(secretariat().post(attendance, Map.of("session", sessions.get(1),
                "registrations", List.of(registrations.get(0)))).status()).isEqualTo(200);
        var figures = anonymous().get("/api/v1/dialogue/events/" + id + "/figures").json();
        assertThat(figures.get("registered").asInt()).isEqualTo(4);
        assertThat(figures.get("participants").asInt()).isEqualTo(3);
        assertThat(figures.get("countries").asInt()).isEqualTo(2);
        assertThat(figures.get("bySector").get("civil-society").asInt()).isEqualTo(2);
        assertThat(figures.get("bySession").get(0).get("participants").asInt()).isEqualTo(3);
        assertThat(figures.get("bySession").get(1).get("participants").asInt()).isEqualTo(1);
    }

    @Test
    void aReportNamingAParticipantIsRefusedWithItsOccurrencesThenPublishedAndAnswered() {
        var event = newEvent();
        String id = (String) event.get("id");
        anonymous().post("/api/v1/dialogue/events/" + id + "/registrations",
                person("Rosa Quispe", "rosa." + id + "@example.org", "BO", "civil-society"));
        String report = "/api/v1/dialogue/events/" + id + "/report";
        var written = secretariat().post(report, Map.of("text", "Resumen de la relatoría.",
                "recommendations", List.of(
                        Map.of("text", "Como propuso ROSA QUÍSPE, ampliar las vías regulares.",
                                "objectives", List.of(5), "addressee", "governments"),
                        Map.of("text", "Incluir a las organizaciones de migrantes en los consejos locales.",
                                "objectives", List.of(16), "addressee", "local-governments"))));
        assertThat(written.status()).isEqualTo(200);
        var refused = secretariat().post(report + "/publish", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(codes(refused)).containsExactly("recommendations[0].text:names-an-actor");
        assertThat(refused.body()).contains("ROSA QUÍSPE");
        assertThat(anonymous().get("/dialogue/events/" + id + "/report").status()).isEqualTo(404);
        var rewritten = secretariat().post(report, Map.of("text", "Resumen de la relatoría.",
                "recommendations", List.of(
                        Map.of("text", "Ampliar las vías regulares.", "objectives", List.of(5),
                                "addressee", "governments"),
                        Map.of("text", "Incluir a las organizaciones de migrantes en los consejos locales.",
                                "objectives", List.of(16), "addressee", "local-governments"))));
        String local = rewritten.json().get("recommendations").get(1).asString();
        String national = rewritten.json().get("recommendations").get(0).asString();
        assertThat(secretariat().post(report + "/publish", Map.of()).status()).isEqualTo(200);
        assertThat(secretariat().post(report, Map.of("text", "otro")).status()).isEqualTo(409);
        // a local authority's focal point answers what is addressed to local governments, not to governments
        String quilmes = "quilmes@pacto.demo";
        assertThat(as(quilmes).post("/api/v1/dialogue/recommendations/" + national + "/responses",
                Map.of("status", "accepted", "evidence", "x")).status()).isEqualTo(403);
        assertThat(as("colectividades@pacto.demo").post("/api/v1/dialogue/recommendations/" + local + "/responses",
                Map.of("status", "accepted", "evidence", "x")).status()).isEqualTo(403);
        var badStatus = as(quilmes).post("/api/v1/dialogue/recommendations/" + local + "/responses",
                Map.of("status", "done", "evidence", ""));
        assertThat(codes(badStatus)).containsExactlyInAnyOrder("status:unknown-status", "evidence:required");
        assertThat(as(quilmes).post("/api/v1/dialogue/recommendations/" + local + "/responses",
                Map.of("status", "implemented", "evidence", "Ordenanza municipal aprobada")).status()).isEqualTo(201);
        var back = as(quilmes).post("/api/v1/dialogue/recommendations/" + local + "/responses",
                Map.of("status", "accepted", "evidence", "Otra vez"));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.json().get("code").asString()).isEqualTo("status-not-allowed");
        var followed = anonymous().get("/api/v1/dialogue/recommendations?objective=16&status=implemented&size=100");
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.body()).contains("Ordenanza municipal aprobada").contains("Municipalidad de Quilmes");
        assertThat(anonymous().get("/api/v1/dialogue/recommendations?status=maybe").status()).isEqualTo(400);
        assertThat(anonymous().get("/dialogue/events/" + id + "/report").body())
                .contains("Ampliar las vías regulares");
    }

    @Test
    void theDemoDialogueHasTheReportsFiguresMarkedSynthetic() {
        var events = anonymous().get("/api/v1/dialogue/events").json();
        String id = null;
        for (var e : events) {
            if (e.get("title").asString().startsWith("Primer Conversatorio")) {
                id = e.get("id").asString();
                assertThat(e.get("synthetic").asBoolean()).isTrue();
                assertThat(e.get("sessions").get(0).get("objectives").toString()).isEqualTo("[7,8,15]");
                assertThat(e.get("sessions").get(1).get("objectives").toString()).isEqualTo("[6,16,18,19]");
            }
        }
        assertThat(id).isNotNull();
        var figures = anonymous().get("/api/v1/dialogue/events/" + id + "/figures").json();
        assertThat(figures.get("bySession").get(0).get("participants").asInt()).isEqualTo(181);
        assertThat(figures.get("bySession").get(0).get("countries").asInt()).isEqualTo(28);
        assertThat(figures.get("bySession").get(1).get("participants").asInt()).isEqualTo(141);
        assertThat(figures.get("bySession").get(1).get("countries").asInt()).isEqualTo(27);
        assertThat(anonymous().get("/dialogue/events/" + id).body()).doesNotContain("sintetico.invalid")
                .doesNotContain("Participante sintético");
        var followUp = anonymous().get("/api/v1/dialogue/recommendations?size=100").json();
        assertThat(followUp.get("rates").size()).isGreaterThan(0);
        assertThat(anonymous().get("/dialogue").status()).isEqualTo(200);
        assertThat(anonymous().get("/dialogue/recommendations").status()).isEqualTo(200);
        assertThat(anonymous().get("/objectives/16").body()).contains("Integración socioeconómica");
    }
}
