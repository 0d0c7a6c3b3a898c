package org.pacto.practices;

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

import static org.assertj.core.api.Assertions.assertThat;

/** Updating a published practice: proposal, the secretariat's decision, versions and the difference. */
@PactoTest
class PracticeUpdatesTest {

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

    /** A practice of the focal point's organisation taken through peer review to publication. */
    String published(String title) {
        return PracticeFixtures.at(port).published(PracticeFixtures.practice(title));
    }

    static Map<String, Object> updated(String title) {
        var body = PracticeFixtures.practice(title);
        body.put("results", "Más de 5.000 trámites en 2024.");
        body.put("objectives", List.of(4, 15, 16));
        return body;
    }

    long updates(String id) {
        return jdbc.sql("select count(*) from practices.practice_update where practice_id = ?::uuid").param(id)
                .query(Long.class).single();
    }

    @Test
    void anApprovedUpdateBecomesTheNextPublishedVersion() {
        String id = published("Consulados móviles en Florencio Varela");
        var proposed = focal().post("/api/v1/practices/" + id + "/updates",
                updated("Consulados móviles en Florencio Varela y Ezpeleta"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("version").asInt()).isEqualTo(2);
        assertThat(proposed.json().get("status").asString()).isEqualTo("pending");
        assertThat(proposed.json().get("id").asString()).isNotBlank();

        // the public still sees the published version
        var shown = Api.at(port).get("/api/v1/practices/" + id);
        assertThat(shown.json().get("title").asString()).isEqualTo("Consulados móviles en Florencio Varela");
        assertThat(Api.at(port).get("/practices/" + id).body()).doesNotContain("Ezpeleta");
        assertThat(Api.at(port).get("/api/v1/practices?q=Ezpeleta").json().get("total").asLong()).isZero();

        // a second pending update is a conflict, and nothing is written
        var second = focal().post("/api/v1/practices/" + id + "/updates", updated("Otra versión"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("code").asString()).isEqualTo("update-pending");
        assertThat(updates(id)).isEqualTo(1);

        // the secretariat sees the difference, field by field
        var list = secretariat().get("/api/v1/practices/" + id + "/updates");
        assertThat(list.status()).isEqualTo(200);
        var changes = list.json().get(0).get("changes");
        Map<String, String> after = new HashMap<>();
        changes.forEach(c -> after.put(c.get("field").asString(), c.get("after").asString()));
        assertThat(after).containsEntry("title", "Consulados móviles en Florencio Varela y Ezpeleta")
                .containsEntry("results", "Más de 5.000 trámites en 2024.").containsEntry("objectives", "4, 15, 16")
                .doesNotContainKeys("summary", "countries", "call");
        assertThat(changes.toString()).contains("Más de 2.000 trámites.");
        assertThat(Api.at(port).get("/practices/updates").status()).isNotEqualTo(200);

        var approved = secretariat().post("/api/v1/practices/" + id + "/updates/2/decision",
                Map.of("decision", "approve", "reason", "Resultados actualizados."));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");

        shown = Api.at(port).get("/api/v1/practices/" + id);
        assertThat(shown.json().get("title").asString()).isEqualTo("Consulados móviles en Florencio Varela y Ezpeleta");
        assertThat(shown.json().get("status").asString()).isEqualTo("published");
        assertThat(shown.json().get("objectives").toString()).contains("16");
        assertThat(Api.at(port).get("/api/v1/practices?q=Ezpeleta").json().get("items").get(0).get("id").asString())
                .isEqualTo(id);
        var versions = Api.at(port).get("/api/v1/practices/" + id + "/versions");
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.json().size()).isEqualTo(2);
        assertThat(versions.json().get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.json().get(0).get("what").asString()).isEqualTo("published");
        assertThat(versions.json().get(1).get("version").asInt()).isEqualTo(2);
        assertThat(versions.json().get(1).get("what").asString()).isEqualTo("update-approved");
        var page = Api.at(port).get("/practices/" + id);
        assertThat(page.body()).contains("Historial de versiones").contains("Actualización aprobada por la secretaría");
        String focalEmail = DemoAccounts.withRole("focal-point").email();
        assertThat(outbox.to(focalEmail)).anyMatch(m -> m.subject().contains("update")
                && m.body().contains("published version 2"));
        assertThat(audit.history("practice", id)).extracting(e -> e.action())
                .contains("update-proposed", "update-approved");
        // decided once only
        assertThat(secretariat().post("/api/v1/practices/" + id + "/updates/2/decision",
                Map.of("decision", "reject", "reason", "Tarde")).status()).isEqualTo(409);
    }

    @Test
    void aRejectedUpdateLeavesThePublishedVersion() {
        String id = published("Mesa de empleo para personas migrantes en Morón");
        assertThat(focal().post("/api/v1/practices/" + id + "/updates", updated("Mesa de empleo ampliada"))
                .status()).isEqualTo(201);
        var noReason = secretariat().post("/api/v1/practices/" + id + "/updates/2/decision",
                Map.of("decision", "reject"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        var rejected = secretariat().post("/api/v1/practices/" + id + "/updates/2/decision",
                Map.of("decision", "reject", "reason", "Faltan datos que respalden los resultados."));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
        assertThat(Api.at(port).get("/api/v1/practices/" + id).json().get("title").asString())
                .isEqualTo("Mesa de empleo para personas migrantes en Morón");
        assertThat(Api.at(port).get("/api/v1/practices/" + id + "/versions").json().size()).isEqualTo(1);
        String focalEmail = DemoAccounts.withRole("focal-point").email();
        assertThat(outbox.to(focalEmail)).anyMatch(m -> m.body().contains("Faltan datos"));
        // once rejected, a new update can be proposed
        assertThat(focal().post("/api/v1/practices/" + id + "/updates", updated("Mesa de empleo, segunda propuesta"))
                .status()).isEqualTo(201);
    }

    @Test
    void onlyTheOrganisationProposesAndOnlyTheSecretariatDecides() {
        String id = published("Ventanilla de regularización en Lanús");
        String path = "/api/v1/practices/" + id + "/updates";
        assertThat(Api.at(port).post(path, updated("Anónima")).status()).isEqualTo(401);
        assertThat(Api.at(port).get(path).status()).isEqualTo(401);
        var other = as("miembro.tapachula@pacto.demo").post(path, updated("Otra organización"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(as("miembro.tapachula@pacto.demo").get(path).status()).isEqualTo(403);
        assertThat(secretariat().post(path, updated("La secretaría")).status()).isEqualTo(403);
        assertThat(updates(id)).isZero();
        assertThat(focal().post("/api/v1/practices/00000000-0000-0000-0000-000000000000/updates",
                updated("Nada")).status()).isEqualTo(404);

        var bad = updated("");
        bad.put("objectives", List.of());
        var invalid = focal().post(path, bad);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().get("errors").toString()).contains("title").contains("objectives");
        assertThat(updates(id)).isZero();

        assertThat(focal().post(path, updated("Ventanilla ampliada en Lanús")).status()).isEqualTo(201);
        assertThat(focal().get(path).status()).isEqualTo(200);
        assertThat(focal().post(path + "/2/decision", Map.of("decision", "approve")).status()).isEqualTo(403);
        assertThat(secretariat().post(path + "/7/decision", Map.of("decision", "approve")).status()).isEqualTo(404);
        assertThat(secretariat().post(path + "/2/decision", Map.of("decision", "maybe")).status()).isEqualTo(400);
        assertThat(Api.at(port).get("/api/v1/practices/" + id).json().get("title").asString())
                .isEqualTo("Ventanilla de regularización en Lanús");
    }

    @Test
    void aDraftCannotBeUpdatedAndItsVersionsAreNotPublic() {
        var created = focal().post("/api/v1/practices", PracticeFixtures.practice("Borrador sin publicar"));
        String id = created.json().get("id").asString();
        var answer = focal().post("/api/v1/practices/" + id + "/updates", updated("Borrador actualizado"));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("code").asString()).isEqualTo("not-published");
        assertThat(Api.at(port).get("/api/v1/practices/" + id + "/versions").status()).isEqualTo(404);
    }

    @Test
    void theOrganisationUpdatesThroughThePagesAndTheSecretariatDecidesOnTheDifference() {
        String id = published("Registro municipal de cuidadoras migrantes");
        String focalEmail = DemoAccounts.withRole("focal-point").email();
        Api organisation = PracticeFixtures.at(port).signedIn(focalEmail);
        var page = organisation.get("/practices/" + id);
        assertThat(page.body()).contains("/practices/" + id + "/update").contains("Actualizar esta práctica");
        assertThat(Api.at(port).get("/practices/" + id).body()).doesNotContain("/practices/" + id + "/update\"");
        var form = organisation.get("/practices/" + id + "/update");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"Registro municipal de cuidadoras migrantes\"")
                .contains("Más de 2.000 trámites.");
        var sent = organisation.submitForm("/practices/" + id + "/update", "/practices/" + id + "/update", Map.ofEntries(
                Map.entry("language", "es"), Map.entry("title", "Registro municipal de cuidadoras y cuidadores migrantes"),
                Map.entry("summary", "Atención de consulados en los barrios para regularizar documentos de personas migrantes."),
                Map.entry("description", "Los consulados visitan los barrios."), Map.entry("objectives", "4,15"),
                Map.entry("principles", "whole-of-society"), Map.entry("countries", "AR"), Map.entry("level", "local"),
                Map.entry("type", "service"), Map.entry("startDate", "2021-03-01"), Map.entry("locality", "Quilmes"),
                Map.entry("themes", "data"), Map.entry("results", "Más de 2.000 trámites.")));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.header("Location")).contains("/practices/" + id + "?update-proposed");
        assertThat(Api.at(port).get("/practices/" + id).body()).doesNotContain("cuidadoras y cuidadores");

        Api staff = PracticeFixtures.at(port).signedIn(DemoAccounts.withRole("secretariat").email());
        var desk = staff.get("/practices/updates");
        assertThat(desk.status()).isEqualTo(200);
        assertThat(desk.body()).contains("Registro municipal de cuidadoras migrantes")
                .contains("/practices/" + id + "/updates/2");
        var review = staff.get("/practices/" + id + "/updates/2");
        assertThat(review.body()).contains("<del>Registro municipal de cuidadoras migrantes</del>")
                .contains("<ins>Registro municipal de cuidadoras y cuidadores migrantes</ins>")
                .doesNotContain("<del>Quilmes</del>");
        var decided = staff.submitForm("/practices/" + id + "/updates/2", "/practices/" + id + "/updates/2/decision",
                Map.of("decision", "approve", "reason", ""));
        assertThat(decided.status()).isEqualTo(302);
        assertThat(Api.at(port).get("/practices/" + id).body()).contains("cuidadoras y cuidadores");
        assertThat(staff.get("/practices/updates").body()).doesNotContain("/practices/" + id + "/updates/2");
    }
}
