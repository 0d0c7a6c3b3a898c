package org.pacto.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The reviews API as issue 9 spells it: paths, field names, statuses and the 400/401/403/404/409 answers. */
@PactoTest
class ReviewsApiTest {

    static final String QUILMES = "quilmes@pacto.demo";
    static final String ARGENTINA = "migraciones.ar@pacto.demo";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Api as(String email) {
        return Api.at(port).withToken(DemoAccounts.byEmail(email).token());
    }

    Api secretariat() {
        return Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
    }

    String cycle() {
        var today = LocalDate.now();
        var created = secretariat().post("/api/v1/reviews/cycles", Map.of("title", "Ciclo de prueba " + System.nanoTime(),
                "forum", "regional", "referenceDate", "2026-06-30", "opens", today.minusDays(1).toString(),
                "closes", today.plusDays(30).toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /**
     * Starts Argentina's inventory in a new cycle and removes what was copied from its last published one (the demo
     * inventory, or one published by another test), so each test begins from an empty draft.
     */
    String emptyDraft(String cycle) {
        var started = as(ARGENTINA).post("/api/v1/reviews/cycles/" + cycle + "/inventories", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().get("id").asString();
        as(ARGENTINA).get("/api/v1/reviews/inventories/" + id).json().get("initiatives").forEach(i ->
                assertThat(as(ARGENTINA).delete("/api/v1/reviews/initiatives/" + i.get("id").asString(), Map.of())
                        .status()).isEqualTo(204));
        return id;
    }

    static Map<String, Object> initiative(String title, List<Integer> objectives) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("authority", "Dirección Nacional de Migraciones");
        body.put("level", "national");
        body.put("direction", "immigration");
        body.put("type", "law");
        body.put("objectives", objectives);
        body.put("principles", List.of("human-rights"));
        body.put("status", "in-force");
        body.put("startDate", "2004-01-21");
        body.put("legalBasis", "Ley 25.871");
        body.put("url", "https://www.argentina.gob.ar/normativa/nacional/ley-25871-92016");
        body.put("budget", Map.of("amount", "1500000.50", "currency", "ARS"));
        body.put("lastVerified", "2026-02-10");
        return body;
    }

    long initiatives() {
        return jdbc.sql("select count(*) from reviews.initiative").query(Long.class).single();
    }

    static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void theSecretariatOpensCyclesAndNobodyElseDoes() {
        var body = Map.of("title", "x", "forum", "regional", "referenceDate", "2026-06-30", "opens", "2026-03-01",
                "closes", "2027-03-31");
        assertThat(Api.at(port).post("/api/v1/reviews/cycles", body).status()).isEqualTo(401);
        var refused = as(QUILMES).post("/api/v1/reviews/cycles", body);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        var bad = secretariat().post("/api/v1/reviews/cycles", Map.of("title", "", "forum", "summit",
                "referenceDate", "30/06/2026", "opens", "2026-03-01", "closes", "2026-02-01"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(fields(bad)).contains("title", "forum", "referenceDate", "closes");
        assertThat(Api.at(port).get("/api/v1/reviews/cycles").json().valueStream()
                .anyMatch(c -> c.get("demo").asBoolean() && c.get("referenceDate").asString().startsWith("2026")))
                .as("the demo regional cycle").isTrue();
    }

    @Test
    void oneInventoryPerOrganisationAndCycleForGovernmentFocalPointsOnly() {
        String cycle = cycle();
        var started = as(ARGENTINA).post("/api/v1/reviews/cycles/" + cycle + "/inventories", Map.of());
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.json().get("status").asString()).isEqualTo("draft");
        var second = as(ARGENTINA).post("/api/v1/reviews/cycles/" + cycle + "/inventories", Map.of());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("inventory-exists");
        assertThat(Api.at(port).withToken(DemoAccounts.withRole("member").token())
                .post("/api/v1/reviews/cycles/" + cycle + "/inventories", Map.of()).status()).isEqualTo(403);
        assertThat(Api.at(port).withToken(DemoAccounts.withRole("reviewer").token())
                .post("/api/v1/reviews/cycles/" + cycle + "/inventories", Map.of()).status()).isEqualTo(403);
        assertThat(as(ARGENTINA).post("/api/v1/reviews/cycles/" + java.util.UUID.randomUUID() + "/inventories",
                Map.of()).status()).isEqualTo(404);
        String id = started.json().get("id").asString();
        var inventory = as(ARGENTINA).get("/api/v1/reviews/inventories/" + id).json();
        assertThat(inventory.get("level").asString()).as("level from the organisation").isEqualTo("national");
        assertThat(inventory.get("country").asString()).isEqualTo("AR");
    }

    @Test
    void draftsAreHiddenFromOthersAndOnlyTheGovernmentWrites() {
        String cycle = cycle();
        String id = emptyDraft(cycle);
        var added = as(ARGENTINA).post("/api/v1/reviews/inventories/" + id + "/initiatives",
                initiative("Ley de Migraciones 25.871", List.of(4, 5)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(Api.at(port).get("/api/v1/reviews/inventories/" + id).status()).isEqualTo(404);
        assertThat(as(QUILMES).get("/api/v1/reviews/inventories/" + id).status()).isEqualTo(404);
        assertThat(as(QUILMES).get("/api/v1/reviews/inventories/" + id + "/findings").status()).isEqualTo(404);
        assertThat(secretariat().get("/api/v1/reviews/inventories/" + id).status()).isEqualTo(200);
        assertThat(Api.at(port).post("/api/v1/reviews/inventories/" + id + "/initiatives",
                initiative("x", List.of(1))).status()).isEqualTo(401);
        assertThat(secretariat().post("/api/v1/reviews/inventories/" + id + "/initiatives",
                initiative("x", List.of(1))).status()).as("the observer never edits").isEqualTo(403);
        String initiative = added.json().get("id").asString();
        var changed = as(ARGENTINA).put("/api/v1/reviews/initiatives/" + initiative,
                initiative("Ley de Migraciones N.º 25.871", List.of(4, 5, 16)));
        assertThat(changed.status()).isEqualTo(200);
        var read = as(ARGENTINA).get("/api/v1/reviews/inventories/" + id).json().get("initiatives").get(0);
        assertThat(read.get("title").asString()).isEqualTo("Ley de Migraciones N.º 25.871");
        assertThat(read.get("objectives").size()).isEqualTo(3);
        assertThat(read.get("budget").get("currency").asString()).isEqualTo("ARS");
        assertThat(read.get("budget").get("amount").decimalValue()).isEqualByComparingTo("1500000.50");
    }

    @Test
    void badInitiativesAre400WithEveryFieldAndNothingWritten() {
        String cycle = cycle();
        String id = emptyDraft(cycle);
        long before = initiatives();
        Map<String, Object> bad = initiative("", List.of(0, 24));
        bad.put("type", "decree");
        bad.put("direction", "sideways");
        bad.put("status", "maybe");
        bad.put("principles", List.of("kindness"));
        bad.put("startDate", "2024-01-01");
        bad.put("endDate", "2023-01-01");
        bad.put("url", "javascript:alert(1)");
        bad.put("budget", Map.of("amount", "mucho", "currency", "pesos"));
        var answer = as(ARGENTINA).post("/api/v1/reviews/inventories/" + id + "/initiatives", bad);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(fields(answer)).contains("title", "objectives[0]", "objectives[1]", "type", "direction", "status",
                "principles[0]", "endDate", "url", "budget.amount", "budget.currency");
        Map<String, Object> none = initiative("Sin objetivos", List.of());
        assertThat(fields(as(ARGENTINA).post("/api/v1/reviews/inventories/" + id + "/initiatives", none)))
                .containsExactly("objectives");
        assertThat(initiatives()).isEqualTo(before);
    }

    @Test
    void theWholeReviewWithQueriesValidationPublicationAndAFrozenResult() {
        String cycle = cycle();
        String id = emptyDraft(cycle);
        String base = "/api/v1/reviews/inventories/" + id;
        String first = as(ARGENTINA).post(base + "/initiatives", initiative("Ley 25.871", List.of(4, 5))).json()
                .get("id").asString();
        as(ARGENTINA).post(base + "/initiatives", initiative("LEY 25871", List.of(7)));
        var findings = as(ARGENTINA).get(base + "/findings").json();
        assertThat(findings.get("coverage").get("covered").valueStream().map(JsonNode::asInt).toList())
                .containsExactly(4, 5, 7);
        assertThat(findings.get("coverage").get("share").asDouble()).isEqualTo(13.0);
        assertThat(findings.get("coverage").get("gaps").size()).isEqualTo(20);
        JsonNode duplicate = findings.get("findings").valueStream().filter(f -> f.get("rule").asString()
                .equals("duplicate")).findFirst().orElseThrow();
        assertThat(duplicate.get("initiatives").size()).isEqualTo(2);
        assertThat(duplicate.get("detail").asString()).isNotBlank();
        assertThat(duplicate.has("objective")).isTrue();

        assertThat(secretariat().post(base + "/validate", Map.of()).status()).as("a draft").isEqualTo(409);
        assertThat(as(QUILMES).post(base + "/submit", Map.of()).status()).isEqualTo(404);
        assertThat(as(ARGENTINA).post(base + "/submit", Map.of()).json().get("status").asString())
                .isEqualTo("submitted");
        assertThat(as(ARGENTINA).post(base + "/queries", Map.of("question", "?")).status()).isEqualTo(403);
        var query = secretariat().post(base + "/queries", Map.of("question", "¿Son la misma ley?",
                "finding", duplicate.get("key").asString()));
        assertThat(query.status()).isEqualTo(201);
        assertThat(as(ARGENTINA).post(base + "/submit", Map.of()).json().get("code").asString())
                .isEqualTo("open-queries");
        assertThat(as(ARGENTINA).delete("/api/v1/reviews/initiatives/" + first, Map.of()).status())
                .as("editable while answering queries").isEqualTo(204);
        assertThat(as(ARGENTINA).post(base + "/queries/" + query.json().get("id").asString() + "/answer",
                Map.of("answer", "Sí: quitamos la repetida.")).status()).isEqualTo(200);
        assertThat(as(ARGENTINA).post(base + "/submit", Map.of()).json().get("status").asString())
                .isEqualTo("revised");
        assertThat(secretariat().post(base + "/validate", Map.of()).json().get("status").asString())
                .isEqualTo("validated");
        assertThat(as(QUILMES).get(base).status()).as("validated is not yet public").isEqualTo(404);
        assertThat(as(ARGENTINA).post(base + "/publish", Map.of()).json().get("status").asString())
                .isEqualTo("published");
        var published = Api.at(port).get(base);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("initiatives").size()).isEqualTo(1);
        assertThat(published.json().get("queries").get(0).get("answer").asString()).startsWith("Sí");
        var frozen = as(ARGENTINA).post(base + "/initiatives", initiative("Otra", List.of(1)));
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().get("code").asString()).isEqualTo("inventory-not-editable");

        String next = cycle();
        var copy = as(ARGENTINA).post("/api/v1/reviews/cycles/" + next + "/inventories", Map.of());
        assertThat(copy.json().get("copiedFrom").asString()).as("the next cycle starts from a copy").isNotBlank();
        assertThat(as(ARGENTINA).get("/api/v1/reviews/inventories/" + copy.json().get("id").asString()).json()
                .get("initiatives").size()).isEqualTo(1);
    }

    @Test
    void theSelfAssessmentGivesSharesPerDomainAndRefusesUnknownQuestions() {
        var questions = Api.at(port).get("/api/v1/reviews/assessment-questions?lang=en").json();
        assertThat(questions.size()).isGreaterThanOrEqualTo(12);
        assertThat(questions.valueStream().map(q -> q.get("domain").asString()).distinct().count()).isEqualTo(6);
        String cycle = cycle();
        String id = emptyDraft(cycle);
        String path = "/api/v1/reviews/inventories/" + id + "/assessment";
        var bad = as(ARGENTINA).put(path, Map.of("answers", Map.of("rights-services", Map.of("level", "maybe"),
                "made-up", Map.of("level", "present"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).contains("answers.rights-services.level", "answers.made-up");
        var answered = as(ARGENTINA).put(path, Map.of("answers", Map.of(
                "rights-services", Map.of("level", "present", "evidence", "Ley 25.871, artículo 8"),
                "rights-regularisation", Map.of("level", "partial"),
                "rights-family", Map.of("level", "absent"))));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        JsonNode rights = as(ARGENTINA).get(path).json().get("domains").valueStream()
                .filter(d -> d.get("code").asString().equals("migrant-rights")).findFirst().orElseThrow();
        assertThat(rights.get("present").asDouble()).isEqualTo(33.3);
        assertThat(rights.get("partial").asDouble()).isEqualTo(33.3);
        assertThat(rights.get("absent").asDouble()).isEqualTo(33.3);
        assertThat(rights.get("answered").asDouble()).isEqualTo(100.0);
    }

    @Test
    void theDemoCoherenceOfArgentinaShowsQuilmesLocalOnlyObjective() {
        String demoCycle = Api.at(port).get("/api/v1/reviews/cycles").json().valueStream()
                .filter(c -> c.get("demo").asBoolean()).findFirst().orElseThrow().get("id").asString();
        var coherence = Api.at(port).get("/api/v1/reviews/cycles/" + demoCycle + "/coherence?country=AR").json();
        assertThat(coherence.get("localOnly").valueStream().map(JsonNode::asInt).toList()).contains(14);
        assertThat(coherence.get("nationalOnly").valueStream().map(JsonNode::asInt).toList()).contains(5);
        assertThat(coherence.get("inventories").size()).isEqualTo(2);
        assertThat(Api.at(port).get("/api/v1/reviews/cycles/" + demoCycle + "/coherence").status()).isEqualTo(400);
        assertThat(Api.at(port).get("/api/v1/reviews/cycles/" + demoCycle + "/coherence?country=Argentina")
                .status()).isEqualTo(400);
    }

    @Test
    void theReviewReportOpensAsDocxAndPdf() throws Exception {
        String demoCycle = Api.at(port).get("/api/v1/reviews/cycles").json().valueStream()
                .filter(c -> c.get("demo").asBoolean()).findFirst().orElseThrow().get("id").asString();
        String peru = Api.at(port).get("/api/v1/reviews/cycles/" + demoCycle + "/coherence?country=PE").json()
                .get("inventories").get(0).get("id").asString();
        var client = HttpClient.newHttpClient();
        var docx = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/reviews/inventories/" + peru + "/report.docx?lang=es")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String text = document.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
            assertThat(text).contains("Superintendencia Nacional de Migraciones del Perú");
            assertThat(document.getTables()).hasSize(3);
            assertThat(document.getTables().get(1).getText()).contains("31685");
        }
        var pdf = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/reviews/inventories/" + peru + "/report.pdf?lang=en")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        var reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        String page = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(page).contains("Voluntary review").contains("31685");
        reader.close();
    }
}
