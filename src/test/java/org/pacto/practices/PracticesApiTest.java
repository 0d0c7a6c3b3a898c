package org.pacto.practices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.Outbox;
import org.pacto.practices.calculation.ReviewRules;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@PactoTest
class PracticesApiTest {

    static final String CEPAL = PracticeFixtures.CEPAL;
    static final String LIMA = PracticeFixtures.LIMA;
    static final String BUAP = PracticeFixtures.BUAP;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    AuditTrail audit;

    Api as(String email) {
        return Api.at(port).withToken(DemoAccounts.byEmail(email).token());
    }

    Api focal() {
        return Api.at(port).withToken(DemoAccounts.withRole("focal-point").token());
    }

    Api secretariat() {
        return Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
    }

    static Map<String, Object> practice(String title) {
        return PracticeFixtures.practice(title);
    }

    static Map<String, Object> review(int score, String recommendation) {
        return PracticeFixtures.review(score, recommendation);
    }

    String create(String title) {
        var created = focal().post("/api/v1/practices", practice(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("draft");
        return created.json().get("id").asString();
    }

    String inReview(String title) {
        String id = create(title);
        assertThat(focal().post("/api/v1/practices/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        var assigned = secretariat().post("/api/v1/practices/" + id + "/reviewers",
                Map.of("reviewers", List.of(CEPAL, LIMA, BUAP)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("status").asString()).isEqualTo("in-review");
        return id;
    }

    void reviewBy(String email, String id, int score, String recommendation) {
        assertThat(as(email).post("/api/v1/practices/" + id + "/declaration", Map.of()).status()).isEqualTo(200);
        var sent = as(email).post("/api/v1/practices/" + id + "/reviews", review(score, recommendation));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    }

    long stored() {
        return jdbc.sql("select count(*) from practices.practice").query(Long.class).single();
    }

    @Test
    void aDraftNeedsAnObjective() {
        var body = practice("Sin objetivo");
        body.put("objectives", List.of());
        var answer = focal().post("/api/v1/practices", body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("objectives");
        assertThat(answer.json().get("errors").get(0).get("code").asString()).isEqualTo("objective-required");
    }

    @Test
    void fieldsAtFaultAreNamedWithTheirPaths() {
        var body = practice("Varios errores");
        body.put("countries", List.of("AR", "ZZ"));
        body.put("endDate", "2020-01-01");
        body.put("type", "festival");
        body.put("summary", "x".repeat(1001));
        var answer = focal().post("/api/v1/practices", body);
        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("countries[1]", "endDate", "type", "summary");
    }

    @Test
    void anOversizedBodyIsRefusedAndNothingStored() {
        long before = stored();
        var body = practice("Descripción enorme");
        body.put("description", "a".repeat(3 * 1024 * 1024));
        var answer = focal().post("/api/v1/practices", body);
        assertThat(answer.status()).isIn(400, 413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aLongDescriptionWithinTheBodyLimitIsRefusedByField() {
        long before = stored();
        var body = practice("Descripción larga");
        body.put("description", "a".repeat(200_000));
        var answer = focal().post("/api/v1/practices", body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void rolesAndTokensAreChecked() {
        assertThat(Api.at(port).post("/api/v1/practices", practice("Sin token")).status()).isEqualTo(401);
        var reviewer = as(CEPAL).post("/api/v1/practices", practice("Revisora"));
        assertThat(reviewer.status()).isEqualTo(403);
        assertThat(reviewer.json().get("code").asString()).isEqualTo("forbidden");
        String id = create("Rol equivocado");
        assertThat(focal().post("/api/v1/practices/" + id + "/reviewers", Map.of("reviewers", List.of(CEPAL)))
                .status()).isEqualTo(403);
        assertThat(focal().post("/api/v1/practices/" + id + "/decision", Map.of("decision", "publish",
                "reason", "yo")).status()).isEqualTo(403);
        assertThat(Api.at(port).post("/api/v1/practices/" + id + "/submit", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void unknownIdsAreNotFound() {
        var unknown = Api.at(port).get("/api/v1/practices/00000000-0000-0000-0000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(Api.at(port).get("/api/v1/practices/not-an-id").status()).isEqualTo(404);
        assertThat(secretariat().post("/api/v1/practices/00000000-0000-0000-0000-000000000000/decision",
                Map.of("decision", "publish", "reason", "x")).status()).isEqualTo(404);
    }

    @Test
    void draftsAreVisibleOnlyToTheirOrganisationAndTheSecretariat() {
        String id = create("Borrador privado");
        String path = "/api/v1/practices/" + id;
        assertThat(Api.at(port).get(path).status()).isEqualTo(404);
        assertThat(as("miembro.tapachula@pacto.demo").get(path).status()).isEqualTo(404);
        assertThat(as(CEPAL).get(path).status()).isEqualTo(404);
        var own = focal().get(path);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("description").asString()).doesNotContain("<script>").doesNotContain("<p>");
        assertThat(own.json().has("contact")).isFalse();
        assertThat(secretariat().get(path).status()).isEqualTo(200);
    }

    @Test
    void theContactIsNeverPublicAndEveryReadIsAudited() {
        String id = create("Contacto privado");
        assertThat(Api.at(port).get("/api/v1/practices/" + id + "/contact").status()).isEqualTo(401);
        assertThat(as(CEPAL).get("/api/v1/practices/" + id + "/contact").status()).isEqualTo(404);
        var contact = secretariat().get("/api/v1/practices/" + id + "/contact");
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.json().get("email").asString()).isEqualTo("laura@quilmes.example");
        assertThat(audit.history("practice", id)).anyMatch(e -> e.action().equals("read-personal-data"));
    }

    @Test
    void aPanelNeedsOneInternalAndTwoExternalReviewersFromOtherOrganisations() {
        String id = create("Panel incompleto");
        focal().post("/api/v1/practices/" + id + "/submit", Map.of());
        var two = secretariat().post("/api/v1/practices/" + id + "/reviewers", Map.of("reviewers", List.of(CEPAL, LIMA)));
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.json().get("errors").get(0).get("code").asString()).isEqualTo("panel-incomplete");
        var notReviewer = secretariat().post("/api/v1/practices/" + id + "/reviewers",
                Map.of("reviewers", List.of("quilmes@pacto.demo")));
        assertThat(notReviewer.json().get("errors").get(0).get("code").asString()).isEqualTo("not-a-reviewer");
        var suggestions = secretariat().get("/api/v1/practices/" + id + "/reviewer-suggestions");
        assertThat(suggestions.status()).isEqualTo(200);
        List<String> emails = new ArrayList<>();
        suggestions.json().forEach(s -> emails.add(s.get("email").asString()));
        assertThat(emails).contains(CEPAL, LIMA, BUAP);
    }

    @Test
    void reviewersOfThePartnerOrganisationAreExcluded() {
        var body = practice("Con socia BUAP");
        body.put("partners", List.of("Benemérita Universidad Autónoma de Puebla (BUAP), Facultad de Derecho y Ciencias Sociales"));
        var created = focal().post("/api/v1/practices", body);
        String id = created.json().get("id").asString();
        focal().post("/api/v1/practices/" + id + "/submit", Map.of());
        var answer = secretariat().post("/api/v1/practices/" + id + "/reviewers",
                Map.of("reviewers", List.of(CEPAL, LIMA, BUAP)));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("code").asString()).isEqualTo("reviewer-conflict");
        List<String> emails = new ArrayList<>();
        secretariat().get("/api/v1/practices/" + id + "/reviewer-suggestions").json()
                .forEach(s -> emails.add(s.get("email").asString()));
        assertThat(emails).doesNotContain(BUAP);
    }

    @Test
    void aReviewerDeclaresNoConflictBeforeReviewingAndScoresAreChecked() {
        String id = inReview("Declaración previa");
        var undeclared = as(LIMA).post("/api/v1/practices/" + id + "/reviews", review(4, "publish"));
        assertThat(undeclared.status()).isEqualTo(409);
        assertThat(undeclared.json().get("code").asString()).isEqualTo("conflict-of-interest-undeclared");
        as(LIMA).post("/api/v1/practices/" + id + "/declaration", Map.of());
        var bad = new HashMap<>(review(4, "publish"));
        var scores = new HashMap<String, Object>((Map<String, Object>) bad.get("scores"));
        scores.put("innovation", 7);
        bad.put("scores", scores);
        var refused = as(LIMA).post("/api/v1/practices/" + id + "/reviews", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("scores.innovation");
        assertThat(as(LIMA).post("/api/v1/practices/" + id + "/reviews", review(4, "publish")).status()).isEqualTo(201);
        assertThat(as(LIMA).post("/api/v1/practices/" + id + "/reviews", review(4, "publish")).status()).isEqualTo(409);
        var stranger = Api.at(port).withToken(DemoAccounts.withRole("member").token())
                .post("/api/v1/practices/" + id + "/reviews", review(4, "publish"));
        assertThat(stranger.status()).isIn(403, 404);
    }

    /** Issue 16: ids in JSON are plain strings, in every answer of the practices API. */
    @Test
    void idsAreWrittenAsPlainStrings() {
        String id = inReview("Identificadores como texto");
        var practice = secretariat().get("/api/v1/practices/" + id).json();
        assertThat(practice.get("id").isString()).isTrue();
        assertThat(practice.get("organisationId").isString()).isTrue();
        var panel = secretariat().get("/api/v1/practices/" + id + "/reviewers").json();
        assertThat(panel.get("id").asString()).isEqualTo(id);
        var declared = as(CEPAL).post("/api/v1/practices/" + id + "/declaration", Map.of()).json();
        assertThat(declared.get("id").isString()).isTrue();
        var sent = as(CEPAL).post("/api/v1/practices/" + id + "/reviews", review(4, "publish")).json();
        assertThat(sent.get("id").isString()).isTrue();
        var found = Api.at(port).get("/api/v1/practices?size=1").json();
        assertThat(found.get("items").get(0).get("id").isString()).isTrue();
        assertThat(found.get("page").asInt()).isEqualTo(1);
        assertThat(found.get("size").asInt()).isEqualTo(1);
    }

    @Test
    void reviewersSeeOthersOnlyAfterTheirOwnAndSubmittersNeverSeeNames() {
        String id = inReview("Reseñas ocultas");
        reviewBy(CEPAL, id, 4, "publish");
        // reading anything of the practice, its reviews included, comes after the declaration (issue 16 item 10)
        assertThat(as(LIMA).get("/api/v1/practices/" + id + "/reviews").status()).isEqualTo(403);
        assertThat(as(LIMA).post("/api/v1/practices/" + id + "/declaration", Map.of()).status()).isEqualTo(200);
        var before = as(LIMA).get("/api/v1/practices/" + id + "/reviews");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().get("reviews").size()).isZero();
        assertThat(before.json().get("hidden").asBoolean()).isTrue();
        reviewBy(LIMA, id, 4, "publish");
        var after = as(LIMA).get("/api/v1/practices/" + id + "/reviews");
        assertThat(after.json().get("reviews").size()).isEqualTo(2);
        var submitter = focal().get("/api/v1/practices/" + id + "/reviews");
        assertThat(submitter.status()).isEqualTo(200);
        assertThat(submitter.body()).doesNotContain("Inés").doesNotContain("Eduardo").doesNotContain("pacto.demo");
        for (JsonNode r : submitter.json().get("reviews")) {
            assertThat(r.get("reviewerName").isNull()).isTrue();
        }
        var staff = secretariat().get("/api/v1/practices/" + id + "/reviews");
        assertThat(staff.body()).contains("Revisora");
    }

    @Test
    void disagreementAlertsTheSecretariat() {
        String id = inReview("Desacuerdo entre revisores");
        reviewBy(CEPAL, id, 5, "publish");
        reviewBy(BUAP, id, 2, "reject");
        assertThat(outbox.to("secretaria@pacto.demo")).anyMatch(m -> m.body().contains("Desacuerdo entre revisores"));
        var staff = secretariat().get("/api/v1/practices/" + id + "/reviews");
        assertThat(staff.json().get("disagreement").asBoolean()).isTrue();
    }

    @Test
    void theWholeWayFromDraftToPublication() {
        String id = inReview("Consulados móviles en los barrios de Berazategui");
        var early = secretariat().post("/api/v1/practices/" + id + "/decision",
                Map.of("decision", "publish", "reason", "Pronto"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("reviews-incomplete");
        reviewBy(CEPAL, id, 4, "publish");
        reviewBy(LIMA, id, 4, "revise");
        reviewBy(BUAP, id, 5, "publish");
        var noReason = secretariat().post("/api/v1/practices/" + id + "/decision", Map.of("decision", "publish"));
        assertThat(noReason.status()).isEqualTo(400);
        var revise = secretariat().post("/api/v1/practices/" + id + "/decision",
                Map.of("decision", "revise", "reason", "Detallar el monitoreo."));
        assertThat(revise.json().get("status").asString()).isEqualTo("revision-requested");
        assertThat(focal().get("/api/v1/practices/" + id).json().get("revisionRequests").asString())
                .contains("monitoreo");
        var edited = practice("Consulados móviles en los barrios de Berazategui");
        edited.put("monitoring", "Registro mensual de trámites.");
        assertThat(focal().put("/api/v1/practices/" + id, edited).status()).isEqualTo(200);
        var resubmitted = focal().post("/api/v1/practices/" + id + "/submit", Map.of());
        assertThat(resubmitted.json().get("status").asString()).isEqualTo("in-review");
        reviewBy(CEPAL, id, 5, "publish");
        reviewBy(LIMA, id, 4, "publish");
        reviewBy(BUAP, id, 5, "publish");
        var decided = secretariat().post("/api/v1/practices/" + id + "/decision",
                Map.of("decision", "publish", "reason", "Cumple los criterios."));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("published");
        var shown = Api.at(port).get("/api/v1/practices/" + id);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("peerReviewed").asBoolean()).isTrue();
        assertThat(shown.json().get("peerReviewedAt").isNull()).isFalse();
        assertThat(shown.body()).doesNotContain("scores").doesNotContain("laura@quilmes.example")
                .doesNotContain("applicability");
        assertThat(outbox.to("laura@quilmes.example")).anyMatch(m -> m.body().contains("publish"));
        var history = Api.at(port).get("/api/v1/practices/" + id + "/history");
        assertThat(history.json().size()).isGreaterThanOrEqualTo(3);
        var found = Api.at(port).get("/api/v1/practices?q=Berazategui");
        assertThat(found.json().get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(found.json().get("items").get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    void theSubmitterCanWithdraw() {
        String id = create("Para retirar");
        focal().post("/api/v1/practices/" + id + "/submit", Map.of());
        var withdrawn = focal().post("/api/v1/practices/" + id + "/withdraw", Map.of());
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("withdrawn");
        assertThat(focal().post("/api/v1/practices/" + id + "/submit", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void submissionNeedsAnImplementedPracticeAndWarnsAboutAcronyms() {
        var body = practice("Práctica planificada");
        body.put("implemented", false);
        String planned = focal().post("/api/v1/practices", body).json().get("id").asString();
        var refused = focal().post("/api/v1/practices/" + planned + "/submit", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("not-implemented");
        var acronyms = practice("Mesa con la DNM");
        String id = focal().post("/api/v1/practices", acronyms).json().get("id").asString();
        var submitted = focal().post("/api/v1/practices/" + id + "/submit", Map.of());
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("warnings").toString()).contains("DNM");
        assertThat(submitted.json().has("possibleDuplicates")).isTrue();
    }

    @Test
    void likelyDuplicatesAreShownBeforeSending() {
        String id = create("Consulados móviles en los barrios de Quilmes");
        var check = focal().get("/api/v1/practices/" + id + "/check");
        assertThat(check.status()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        check.json().get("possibleDuplicates").forEach(d -> titles.add(d.get("title").asString()));
        assertThat(titles).anyMatch(t -> t.contains("Consulados móviles"));
        assertThat(Api.at(port).get("/api/v1/practices/" + id + "/check").status()).isEqualTo(401);
    }
}
