package org.pacto.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The public contract of issue 13 over real HTTP with the demo accounts: service-point search with distance,
 * the card desk and its public verification, cases and referrals, and the privacy matrix (anonymous 401, other
 * organisation 404, receiving organisation only while referred, supervisor-only overrides).
 */
@PactoTest
@ExtendWith(OutputCaptureExtension.class)
class ServicesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Api anonymous() {
        return Api.at(port);
    }

    private Api as(String email) {
        return Api.at(port).withToken(DemoAccounts.byEmail(email).token());
    }

    private Api caseworker() {
        return as("gestora.quilmes@pacto.demo");
    }

    private Api supervisor() {
        return as("supervisor.quilmes@pacto.demo");
    }

    private Api receiver() {
        return as("gestor.colectividades@pacto.demo");
    }

    private String receiverOrganisation() {
        return receiver().get("/api/v1/me").json().path("organisation").path("id").asString();
    }

    @Test
    void pointsNearQuilmesComeNearestFirstWithTheirDistance() {
        var answer = anonymous().get("/api/v1/services/points?near=-34.72,-58.25&radiusKm=10");
        assertThat(answer.status()).isEqualTo(200);
        List<Double> distances = new ArrayList<>();
        List<String> names = new ArrayList<>();
        answer.json().path("items").forEach(p -> {
            distances.add(p.path("distanceKm").asDouble());
            names.add(p.path("name").asString());
        });
        assertThat(names).contains("Oficina de la Dirección de Migrantes de Quilmes")
                .noneMatch(n -> n.contains("Tapachula") || n.contains("Salvador"));
        assertThat(distances).isSorted().allSatisfy(d -> assertThat(d).isBetween(0.0, 10.0));
        assertThat(answer.json().path("total").asLong()).isEqualTo(names.size());

        var returnees = anonymous().get("/api/v1/services/points?service=returnee-reintegration&size=100").json();
        assertThat(returnees.path("total").asLong()).isGreaterThanOrEqualTo(6);
        returnees.path("items").forEach(p -> assertThat(p.path("country").asString()).isEqualTo("SV"));
        var quechua = anonymous().get("/api/v1/services/points?lang=qu&childSensitive=true").json();
        quechua.path("items").forEach(p -> {
            assertThat(p.path("languages").toString()).contains("qu");
            assertThat(p.path("childSensitive").asBoolean()).isTrue();
        });
        var synthetic = anonymous().get("/api/v1/services/points?q=sint%C3%A9tico").json().path("items");
        assertThat(synthetic).isNotEmpty().allSatisfy(p -> assertThat(p.path("synthetic").asBoolean()).isTrue());
    }

    @Test
    void aMalformedSearchIsA400NamingTheField() {
        var answer = anonymous().get("/api/v1/services/points?near=norte&radiusKm=-3&service=magia");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"near\"", "\"radiusKm\"", "\"service\"");
    }

    @Test
    void theOperatorsStaffKeepTheirPointsAndNoOneElse() {
        Map<String, Object> point = new java.util.LinkedHashMap<>(Map.ofEntries(
                Map.entry("name", "Punto de prueba " + System.nanoTime()), Map.entry("kind", "information-point"),
                Map.entry("country", "AR"), Map.entry("locality", "Quilmes"), Map.entry("address", "Calle 2"),
                Map.entry("latitude", -34.73), Map.entry("longitude", -58.26),
                Map.entry("openingHours", "mo-fr 09:00-13:00"), Map.entry("timeZone", "America/Argentina/Buenos_Aires"),
                Map.entry("languages", List.of("es")), Map.entry("services", List.of("information")),
                Map.entry("verifiedOn", "2026-11-20")));
        assertThat(anonymous().post("/api/v1/services/points", point).status()).isEqualTo(401);
        var created = caseworker().post("/api/v1/services/points", point);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(anonymous().get("/api/v1/services/points/" + id).json().path("operatorName").asString())
                .isEqualTo("Municipalidad de Quilmes");
        point.put("openingHours", "sa 09:00-12:00");
        assertThat(as("miembro.tapachula@pacto.demo").put("/api/v1/services/points/" + id, point).status())
                .isEqualTo(403);
        assertThat(as("quilmes@pacto.demo").put("/api/v1/services/points/" + id, point).status()).isEqualTo(200);
        point.put("openingHours", "siempre");
        point.put("kind", "castillo");
        var refused = caseworker().put("/api/v1/services/points/" + id, point);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("openingHours", "kind");
    }

    @Test
    void theCardDeskIssuesOnEnoughProofAndTheLinkSaysOnlyTheStatus() {
        Map<String, Object> weak = Map.of("name", "Titular Sintético", "birthDate", "1991-03-04",
                "address", "Calle Falsa 123, Quilmes", "proofs", List.of(Map.of("kind", "consular-identity-card")));
        assertThat(anonymous().post("/api/v1/cards", weak).status()).isEqualTo(401);
        assertThat(receiver().post("/api/v1/cards", weak).status()).as("not a local authority").isEqualTo(403);
        var insufficient = caseworker().post("/api/v1/cards", weak);
        assertThat(insufficient.status()).isEqualTo(400);
        assertThat(insufficient.contentType()).startsWith("application/problem+json");
        assertThat(insufficient.json().path("code").asString()).isEqualTo("insufficient-proof");
        assertThat(insufficient.json().path("identityPoints").asInt()).isEqualTo(2);
        assertThat(insufficient.json().path("residencePoints").asInt()).isZero();

        Map<String, Object> enough = Map.of("name", "Titular Sintético", "birthDate", "1991-03-04",
                "address", "Calle Falsa 123, Quilmes", "proofs", List.of(Map.of("kind", "consular-identity-card"),
                        Map.of("kind", "birth-certificate"), Map.of("kind", "utility-bill")),
                "photo", java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3}));
        var issued = caseworker().post("/api/v1/cards", enough);
        assertThat(issued.status()).isEqualTo(201);
        JsonNode card = issued.json();
        assertThat(card.propertyNames()).containsExactlyInAnyOrder("id", "number", "status", "expires", "verification");
        assertThat(card.path("status").asString()).isEqualTo("issued");
        assertThat(issued.body()).doesNotContain("Titular").doesNotContain("/9j").doesNotContain("Falsa");
        String token = card.path("verification").asString().replace("/card/verify/", "");
        var verified = anonymous().get("/api/v1/cards/verify/" + token);
        assertThat(verified.json().propertyNames()).containsExactly("status");
        assertThat(verified.json().path("status").asString()).isEqualTo("valid");
        assertThat(anonymous().get("/card/verify/" + token).body()).doesNotContain("Titular");

        String id = card.path("id").asString();
        assertThat(anonymous().get("/api/v1/cards/" + id + "?reason=x").status()).isEqualTo(401);
        assertThat(caseworker().get("/api/v1/cards/" + id).status()).isEqualTo(400);
        var read = supervisor().get("/api/v1/cards/" + id + "?reason=renovaci%C3%B3n");
        assertThat(read.json().path("name").asString()).isEqualTo("Titular Sintético");
        assertThat(read.body()).doesNotContain("/9j");
        assertThat(caseworker().post("/api/v1/cards/" + id + "/revoke", Map.of("reason", "extraviada")).status())
                .isEqualTo(200);
        assertThat(anonymous().get("/api/v1/cards/verify/" + token).json().path("status").asString())
                .isEqualTo("revoked");
        assertThat(anonymous().get("/api/v1/cards/verify/nope").status()).isEqualTo(404);
    }

    @Test
    void thePrivacyMatrixOfCasesAndReferrals(CapturedOutput output) {
        String name = "Zoraida Nombre-Único " + System.nanoTime();
        Map<String, Object> input = Map.of("name", name, "contact", "+54 11 4444-0000", "sex", "female",
                "ageBand", "12-17", "languages", List.of("es"), "needs", List.of("separated-child", "shelter"));
        assertThat(anonymous().post("/api/v1/cases", input).status()).isEqualTo(401);
        assertThat(as("quilmes@pacto.demo").post("/api/v1/cases", input).status()).as("focal point").isEqualTo(403);
        var opened = caseworker().post("/api/v1/cases", input);
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.json().propertyNames()).containsExactlyInAnyOrder("id", "code");
        String id = opened.json().path("id").asString();
        String path = "/api/v1/cases/" + id;

        // anonymous: 401 everywhere
        for (String get : List.of(path + "?reason=x", path + "/export?reason=x", "/api/v1/cases",
                "/api/v1/referrals/inbox", "/api/v1/referrals/stats")) {
            assertThat(anonymous().get(get).status()).as(get).isEqualTo(401);
        }
        assertThat(anonymous().post(path + "/referrals", Map.of()).status()).isEqualTo(401);
        // another organisation (not referred): as if it did not exist
        assertThat(receiver().get(path + "?reason=x").status()).isEqualTo(404);
        assertThat(receiver().get(path + "/export?reason=x").status()).isEqualTo(404);
        assertThat(receiver().post(path + "/referrals", Map.of("to", id, "reason", "x", "consent", true)).status())
                .isEqualTo(404);
        assertThat(receiver().get("/api/v1/cases").body()).doesNotContain(id);
        // not case staff
        assertThat(as("quilmes@pacto.demo").get(path + "?reason=x").status()).isEqualTo(403);
        // own organisation: a reason is required
        assertThat(caseworker().get(path).status()).isEqualTo(400);
        var own = caseworker().get(path + "?reason=primera%20entrevista");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("name").asString()).isEqualTo(name);
        assertThat(own.json().path("childLens").asBoolean()).isTrue();

        String to = receiverOrganisation();
        var noConsent = caseworker().post(path + "/referrals", Map.of("to", to, "reason", "Alojamiento",
                "urgency", "emergency", "consent", false));
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.json().path("code").asString()).isEqualTo("consent-required");
        Map<String, Object> override = Map.of("to", to, "reason", "Alojamiento", "urgency", "emergency",
                "consent", false, "override", Map.of("reason", "Niña separada sin adulto responsable"));
        assertThat(caseworker().post(path + "/referrals", override).status()).isEqualTo(403);
        var sent = supervisor().post(path + "/referrals", override);
        assertThat(sent.status()).isEqualTo(201);
        String referral = "/api/v1/referrals/" + sent.json().path("id").asString();

        // the receiving organisation now sees the case, without the contact (no consent), and acts on it
        var received = receiver().get(path + "?reason=recepci%C3%B3n");
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.json().path("owner").asBoolean()).isFalse();
        assertThat(received.json().path("contact").isNull()).isTrue();
        assertThat(receiver().get(path + "/export?reason=x").status()).isEqualTo(403);
        assertThat(receiver().post(referral + "/revoke", Map.of()).status()).isEqualTo(403);
        assertThat(caseworker().post(referral + "/accept", Map.of()).status()).isEqualTo(403);
        assertThat(receiver().post(referral + "/done", Map.of()).status()).isEqualTo(409);
        assertThat(receiver().post(referral + "/accept", Map.of()).json().path("status").asString())
                .isEqualTo("accepted");
        assertThat(receiver().post(referral + "/accept", Map.of()).status()).as("idempotent").isEqualTo(200);
        assertThat(receiver().post(referral + "/done", Map.of()).json().path("status").asString()).isEqualTo("done");
        assertThat(caseworker().post(referral + "/revoke", Map.of()).status()).isEqualTo(409);
        assertThat(receiver().get("/api/v1/referrals/inbox").body()).contains(id).doesNotContain(name);

        var stats = supervisor().get("/api/v1/referrals/stats?from=2020-01-01");
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().path("minimumCell").asInt()).isEqualTo(5);
        assertThat(stats.body()).doesNotContain(name);

        // the name is in no list, search, export other than the person's own, log line or event
        assertThat(caseworker().get("/api/v1/cases").body()).contains(id).doesNotContain(name);
        assertThat(anonymous().get("/api/v1/services/points?q=Zoraida").json().path("total").asLong()).isZero();
        assertThat(anonymous().get("/api/v1/practices?q=Zoraida").body()).doesNotContain(name);
        assertThat(anonymous().get("/services?q=Zoraida").body()).doesNotContain(name);
        assertThat(caseworker().get(path + "/export?reason=pedido%20de%20la%20persona").body()).contains(name);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where changes::text like :n")
                .param("n", "%Zoraida%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from platform.event_publication where serialized_event like :n")
                .param("n", "%Zoraida%").query(Long.class).single()).isZero();
        assertThat(output.getAll()).doesNotContain("Zoraida").doesNotContain("4444-0000");
    }
}
