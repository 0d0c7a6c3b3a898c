package org.pacto.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.Multipart;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The editing pages of issue 9 over real HTTP with sessions and CSRF: an initiative changed and removed on its own
 * page, evidence files attached to it, the self-assessment answered by form, and a cycle opened by the secretariat;
 * refused forms write nothing and say why, in the reader's language, with what was typed.
 */
@PactoTest
class ReviewsFormsTest {

    static final String ARGENTINA = "migraciones.ar@pacto.demo";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Api token(String email) {
        return Api.at(port).withToken(DemoAccounts.byEmail(email).token());
    }

    Api signedIn(String email) {
        var account = DemoAccounts.byEmail(email);
        Api browser = Api.at(port);
        var login = browser.submitForm("/login", "/login", Map.of("username", account.email(),
                "password", account.password()));
        assertThat(login.status()).isEqualTo(302);
        return browser;
    }

    String cycle() {
        var today = LocalDate.now();
        var created = Api.at(port).withToken(DemoAccounts.withRole("secretariat").token()).post(
                "/api/v1/reviews/cycles", Map.of("title", "Ciclo de formularios " + System.nanoTime(),
                        "forum", "regional", "referenceDate", "2026-06-30", "opens", today.minusDays(1).toString(),
                        "closes", today.plusDays(30).toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** Argentina's draft in a new cycle, with one initiative of its own; answers {inventory, initiative}. */
    String[] draftWithOneInitiative() {
        String cycle = cycle();
        var started = token(ARGENTINA).post("/api/v1/reviews/cycles/" + cycle + "/inventories", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String inventory = started.json().get("id").asString();
        token(ARGENTINA).get("/api/v1/reviews/inventories/" + inventory).json().get("initiatives").forEach(i ->
                token(ARGENTINA).delete("/api/v1/reviews/initiatives/" + i.get("id").asString(), Map.of()));
        var body = ReviewsApiTest.initiative("Ley de Migraciones " + System.nanoTime(), List.of(4, 7));
        var added = token(ARGENTINA).post("/api/v1/reviews/inventories/" + inventory + "/initiatives", body);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return new String[] {inventory, added.json().get("id").asString()};
    }

    static String location(Api.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        return answer.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
    }

    Map<String, String> formOf(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("authority", "Dirección Nacional de Migraciones");
        form.put("level", "national");
        form.put("direction", "immigration");
        form.put("type", "law");
        form.put("objectives", "7");
        form.put("status", "in-force");
        form.put("startDate", "2004-01-21");
        form.put("legalBasis", "Ley 25.871");
        form.put("lastVerified", "2026-02-10");
        return form;
    }

    @Test
    void theGovernmentChangesAnInitiativeOnItsPageAndARefusalKeepsWhatWasTyped() {
        String[] draft = draftWithOneInitiative();
        String page = "/reviews/initiatives/" + draft[1];
        Api argentina = signedIn(ARGENTINA);
        String shown = argentina.get(page).body();
        assertThat(shown).contains("id=\"h-change\"").contains("value=\"Ley 25.871\"");
        // objectives 4 and 7 come checked from the stored initiative
        assertThat(shown).containsPattern("value=\"4\"[^>]*checked").containsPattern("value=\"7\"[^>]*checked");

        var bad = formOf("Ley 25.871 modificada");
        bad.put("endDate", "2001-01-01");
        bad.put("startDate", "2030-13-40");
        var refused = argentina.submitForm(page, page, bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"").contains("value=\"Ley 25.871 modificada\"")
                .contains("id=\"e-startDate\"");
        assertThat(token(ARGENTINA).get("/api/v1/reviews/inventories/" + draft[0]).json().get("initiatives").get(0)
                .get("title").asString()).startsWith("Ley de Migraciones");

        var changed = argentina.submitForm(page, page, formOf("Ley 25.871 de Migraciones"));
        assertThat(location(changed)).isEqualTo(page + "?changed");
        var stored = token(ARGENTINA).get("/api/v1/reviews/inventories/" + draft[0]).json().get("initiatives").get(0);
        assertThat(stored.get("title").asString()).isEqualTo("Ley 25.871 de Migraciones");
        assertThat(stored.get("objectives").toString()).isEqualTo("[7]");

        // a visitor does not see a draft's initiative; another government's focal point cannot change it
        assertThat(Api.at(port).get(page).status()).isEqualTo(404);
        Api quilmes = signedIn("quilmes@pacto.demo");
        assertThat(quilmes.get(page).status()).isEqualTo(404);

        var removed = argentina.submitForm(page, page + "/delete", Map.of());
        assertThat(location(removed)).endsWith("?removed");
        assertThat(jdbc.sql("select count(*) from reviews.initiative where id = ?::uuid").param(draft[1])
                .query(Long.class).single()).isZero();
    }

    @Test
    void evidenceFilesAreAttachedWhileEditableAndReadByThoseWhoSeeTheInventory() {
        String[] draft = draftWithOneInitiative();
        String page = "/reviews/initiatives/" + draft[1];
        Api argentina = signedIn(ARGENTINA);
        var csrf = CSRF.matcher(argentina.get(page).body());
        assertThat(csrf.find()).isTrue();
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        var upload = new Multipart().file("file", "resolucion.pdf", "application/pdf", pdf);
        var posted = argentina.postBytes(page + "/attachments?_csrf=" + csrf.group(1), upload.contentType(),
                upload.bytes());
        assertThat(location(posted)).isEqualTo(page + "?attached");
        String after = argentina.get(page).body();
        assertThat(after).contains("resolucion.pdf");
        String attachment = jdbc.sql("select id::text from reviews.attachment where initiative_id = ?::uuid")
                .param(draft[1]).query(String.class).single();
        var download = argentina.get(page + "/attachments/" + attachment);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF");
        // a file whose content is not what its name says is refused, nothing stored
        var fake = new Multipart().file("file", "informe.pdf", "application/pdf",
                "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        var refused = argentina.postBytes(page + "/attachments?_csrf=" + csrf.group(1), fake.contentType(),
                fake.bytes());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from reviews.attachment where initiative_id = ?::uuid").param(draft[1])
                .query(Long.class).single()).isEqualTo(1);
        // a draft's evidence is not public
        assertThat(Api.at(port).get(page + "/attachments/" + attachment).status()).isEqualTo(404);
        // once submitted, no more evidence is added
        assertThat(token(ARGENTINA).post("/api/v1/reviews/inventories/" + draft[0] + "/submit", Map.of()).status())
                .isEqualTo(200);
        var late = argentina.postBytes(page + "/attachments?_csrf=" + csrf.group(1), upload.contentType(),
                upload.bytes());
        assertThat(late.status()).isEqualTo(409);
    }

    @Test
    void theSelfAssessmentIsAnsweredByFormAndABadAnswerWritesNothing() {
        String[] draft = draftWithOneInitiative();
        var inventory = token(ARGENTINA).get("/api/v1/reviews/inventories/" + draft[0]).json();
        String page = "/reviews/" + inventory.get("cycle").asString() + "/" + inventory.get("organisation").asString();
        Api argentina = signedIn(ARGENTINA);
        assertThat(argentina.get(page).body()).contains("id=\"assessment-form\"");
        String action = "/reviews/inventories/" + draft[0] + "/assessment";
        // the draft starts from the answers of the last published inventory: a refusal must leave them as they are
        String before = token(ARGENTINA).get("/api/v1/reviews/inventories/" + draft[0] + "/assessment").body();

        var refused = argentina.submitForm(page, action, Map.of("level.rights-services", "maybe",
                "evidence.rights-services", "Ley 25.871, art. 8"));
        String back = argentina.get(location(refused)).body();
        assertThat(back).contains("role=\"alert\"").contains("value=\"Ley 25.871, art. 8\"");
        assertThat(token(ARGENTINA).get("/api/v1/reviews/inventories/" + draft[0] + "/assessment").body())
                .isEqualTo(before);

        var saved = argentina.submitForm(page, action, Map.of("level.rights-services", "present",
                "evidence.rights-services", "Ley 25.871, art. 8", "level.rights-family", "partial"));
        assertThat(location(saved)).endsWith("?assessed");
        var answers = jdbc.sql("select question, level, evidence from reviews.assessment_answer "
                + "where inventory_id = ?::uuid and question in ('rights-services', 'rights-family') order by question")
                .param(draft[0]).query().listOfRows();
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0)).containsEntry("question", "rights-family").containsEntry("level", "partial");
        assertThat(answers.get(1)).containsEntry("question", "rights-services").containsEntry("level", "present")
                .containsEntry("evidence", "Ley 25.871, art. 8");
        var rights = token(ARGENTINA).get("/api/v1/reviews/inventories/" + draft[0] + "/assessment").json()
                .get("domains").get(0);
        assertThat(rights.get("code").asString()).isEqualTo("migrant-rights");
        assertThat(rights.get("partial").asDouble()).isGreaterThan(0);
        // the form shows the answers given
        assertThat(argentina.get(page).body()).containsPattern("name=\"level.rights-services\" value=\"present\"[^>]*checked");
    }

    @Test
    void theSecretariatOpensACycleByFormAndABadOneComesBackWithItsFields() {
        Api secretariat = signedIn(DemoAccounts.withRole("secretariat").email());
        assertThat(secretariat.get("/reviews").body()).contains("id=\"cycle-form\"");
        String title = "Ciclo abierto por formulario " + System.nanoTime();
        var refused = secretariat.submitForm("/reviews", "/reviews/cycles", Map.of("title", title,
                "forum", "regional", "referenceDate", "2026-06-30", "opens", "2026-09-01", "closes", "mañana"));
        String back = secretariat.get(location(refused)).body();
        assertThat(back).contains("id=\"ce-closes\"").contains("value=\"" + title + "\"");
        assertThat(jdbc.sql("select count(*) from reviews.cycle where title = ?").param(title).query(Long.class)
                .single()).isZero();
        var opened = secretariat.submitForm("/reviews", "/reviews/cycles", Map.of("title", title,
                "forum", "regional", "referenceDate", "2026-06-30", "opens", LocalDate.now().toString(),
                "closes", LocalDate.now().plusDays(60).toString()));
        assertThat(location(opened)).isEqualTo("/reviews?opened");
        assertThat(secretariat.get("/reviews").body()).contains(title);
        // nobody else sees the form or may post it
        Api argentina = signedIn(ARGENTINA);
        assertThat(argentina.get("/reviews").body()).doesNotContain("id=\"cycle-form\"");
        assertThat(argentina.submitForm("/reviews", "/reviews/cycles", Map.of("title", "x")).status()).isEqualTo(403);
    }
}
