package org.pacto.identity;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.platform.AuditTrail;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PactoTest
class IdentityApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;

    @Test
    void meNeedsAValidToken() {
        var none = Api.at(port).get("/api/v1/me");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.json().get("code").asString()).isEqualTo("unauthenticated");
        var wrong = Api.at(port).withToken("pacto_not-a-token").get("/api/v1/me");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("code").asString()).isEqualTo("invalid-token");
    }

    @Test
    void meDescribesTheTokensOwner() {
        var focal = DemoAccounts.withRole("focal-point");
        var me = Api.at(port).withToken(focal.token()).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(focal.email());
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("focal-point");
        assertThat(me.json().get("organisation").get("name").asString()).isEqualTo("Municipalidad de Quilmes");
        assertThat(me.json().has("name")).isTrue();
    }

    @Test
    void demoAccountsCoverEveryRole() {
        var accounts = DemoAccounts.all();
        assertThat(accounts).extracting(DemoAccounts.Account::role)
                .contains("admin", "secretariat", "focal-point", "member");
        var reviewers = accounts.stream().filter(a -> a.role().equals("reviewer")).toList();
        assertThat(reviewers).hasSizeGreaterThanOrEqualTo(3);
        assertThat(reviewers).extracting(DemoAccounts.Account::organisation).doesNotHaveDuplicates();
        var api = Api.at(port);
        long internal = reviewers.stream().filter(r -> {
            var me = api.withToken(r.token()).get("/api/v1/me").json();
            String id = me.get("organisation").get("id").asString();
            return api.get("/api/v1/organisations/" + id).json().get("internal").asBoolean();
        }).count();
        assertThat(internal).as("internal (UN) reviewers").isEqualTo(1);
        assertThat(reviewers.size() - internal).as("external reviewers").isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyTheSecretariatRegistersOrganisations() {
        var body = Map.of("name", "Municipalidad de Prueba " + System.nanoTime(), "kind", "local-authority",
                "country", "CL", "level", "local", "locality", "Arica");
        var member = Api.at(port).withToken(DemoAccounts.withRole("member").token());
        var refused = member.post("/api/v1/organisations", body);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(Api.at(port).post("/api/v1/organisations", body).status()).isEqualTo(401);

        var secretariat = Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
        var created = secretariat.post("/api/v1/organisations", body);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(Api.at(port).get("/api/v1/organisations/" + id).json().get("locality").asString())
                .isEqualTo("Arica");
        assertThat(audit.history("organisation", id)).extracting(AuditTrail.Entry::action).contains("created");
        assertThat(audit.history("organisation", id).getFirst().actor())
                .isEqualTo(DemoAccounts.withRole("secretariat").email());
    }

    @Test
    void invalidOrganisationsAreRefusedWithTheFieldsAtFaultAndNothingStored() {
        long before = jdbc.sql("select count(*) from identity.organisation").query(Long.class).single();
        var secretariat = Api.at(port).withToken(DemoAccounts.withRole("secretariat").token())
                .withHeader("Accept-Language", "en");
        var response = secretariat.post("/api/v1/organisations", Map.of("name", "", "kind", "alien",
                "country", "XX", "level", "galactic", "website", "ftp://example"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("name", "kind", "country", "level", "website");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(secretariat.post("/api/v1/organisations", "{not json").status()).isEqualTo(400);
        long after = jdbc.sql("select count(*) from identity.organisation").query(Long.class).single();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void deletionIsSoftWithAReason() {
        var secretariat = Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
        String id = secretariat.post("/api/v1/organisations", Map.of("name", "Temporal " + System.nanoTime(),
                "kind", "civil-society", "level", "national", "country", "PE")).json().get("id").asString();
        assertThat(secretariat.delete("/api/v1/organisations/" + id, Map.of("reason", "")).status()).isEqualTo(400);
        assertThat(secretariat.delete("/api/v1/organisations/" + id, Map.of("reason", "Registro duplicado"))
                .status()).isEqualTo(204);
        assertThat(Api.at(port).get("/api/v1/organisations/" + id).status()).isEqualTo(404);
        var row = jdbc.sql("select deletion_reason, deleted_by from identity.organisation where id = cast(:id as uuid)")
                .param("id", id).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).single();
        assertThat(row).isEqualTo("Registro duplicado|" + DemoAccounts.withRole("secretariat").email());
    }
}
