package org.pacto.identity;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pacto.identity.account.Membership;
import org.pacto.platform.Outbox;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, item 10 in identity: refusals answered as Pacto, nothing revealed, no secrets in URLs. */
@PactoTest
class SecurityAnswersTest {

    @LocalServerPort
    int port;
    @Autowired
    Membership membership;
    @Autowired
    Actors actors;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void securityRefusalsAreAnsweredWithPactosOwnPagesAndProblems() {
        String email = SignInTest.newAccount(membership, actors);
        var session = Api.at(port).withHeader("Accept-Language", "en");
        assertThat(SignInTest.signIn(session, email, SignInTest.PASSWORD)).endsWith("/profile");

        var forged = session.withHeader("Content-Type", "application/x-www-form-urlencoded")
                .post("/profile/tokens", "name=forged");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.contentType()).startsWith("text/html");
        assertThat(forged.body()).contains("The form has expired").contains("<html lang=\"en\"")
                .doesNotContain("Whitelabel");

        var admin = session.get("/admin/audit");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.body()).contains("Your role does not allow this action").doesNotContain("Whitelabel");

        for (String path : new String[] {"/organisations//x", "/organisations/%2e%2e/admin/audit"}) {
            var rejected = Api.at(port).withHeader("Accept-Language", "en").get(path);
            assertThat(rejected.status()).as(path).isEqualTo(400);
            assertThat(rejected.body()).as(path).contains("Pacto does not accept").doesNotContain("Whitelabel");
        }
        var api = Api.at(port).get("/api/v1//organisations");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.json().get("code").asString()).isEqualTo("request-rejected");
    }

    @Test
    void invitingAnAddressThatHasAnAccountAnswersAsForANewOne() {
        var focal = Api.at(port).withToken(DemoAccounts.withRole("focal-point").token());
        String existing = SignInTest.newAccount(membership, actors);
        String fresh = "nueva" + System.nanoTime() + "@prueba.example";
        var toExisting = focal.post("/api/v1/invitations", Map.of("email", existing, "role", "member"));
        var toFresh = focal.post("/api/v1/invitations", Map.of("email", fresh, "role", "member"));
        assertThat(toExisting.status()).isEqualTo(202);
        assertThat(toExisting.body()).isEqualTo(toFresh.body());
        assertThat(jdbc.sql("select count(*) from identity.invitation where email = :e").param("e", existing)
                .query(Long.class).single()).as("no invitation for an existing account").isZero();
        var mail = outbox.to(existing);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().body()).contains("/login").contains("/password/forgot").doesNotContain("/join");
    }

    @Test
    void secretsTravelInTheLinksFragmentAndAFormBodyNeverInAPath() {
        var focal = Api.at(port).withToken(DemoAccounts.withRole("focal-point").token());
        String email = "fragmento" + System.nanoTime() + "@prueba.example";
        assertThat(focal.post("/api/v1/invitations", Map.of("email", email, "role", "member")).status())
                .isEqualTo(202);
        String body = outbox.to(email).getFirst().body();
        assertThat(body).contains("/join#inv_").doesNotContain("/join/inv_");
        String secret = body.substring(body.indexOf("/join#") + 6).split("\\s")[0];
        assertThat(Api.at(port).get("/join/" + secret).status()).as("no page takes the secret in its path")
                .isEqualTo(404);
        assertThat(Api.at(port).get("/join").body()).contains("data-secret-from-fragment").contains("identity.js");
        assertThat(Api.at(port).submitForm("/join", "/join", Map.of("secret", secret)).body())
                .contains("name=\"password\"");
    }

    @Test
    void passwordsOfBlanksTooShortOrEqualToTheAddressAreRefused() {
        var focal = Api.at(port).withToken(DemoAccounts.withRole("focal-point").token());
        String email = "claves" + System.nanoTime() + "@prueba.example";
        focal.post("/api/v1/invitations", Map.of("email", email, "role", "member"));
        String body = outbox.to(email).getFirst().body();
        String secret = body.substring(body.indexOf("/join#") + 6).split("\\s")[0];
        var visitor = Api.at(port).withHeader("Accept-Language", "en");
        for (var refused : Map.of("              ", "blanks only", "   corta    ", "at least 12",
                email, "your e-mail address", email.toUpperCase(java.util.Locale.ROOT), "your e-mail address")
                .entrySet()) {
            var answer = visitor.submitForm("/join", "/join", Map.of("secret", secret, "name", "Persona",
                    "password", refused.getKey()));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).as("'%s'", refused.getKey()).contains(refused.getValue());
        }
        assertThat(actors.byEmail(email)).isEmpty();
    }

    @Test
    void idsAreWrittenAsPlainStrings() {
        var list = Api.at(port).get("/api/v1/organisations").json();
        var id = list.get(0).get("id");
        assertThat(id.isString()).as("\"id\": \"…\", not {\"value\": …}").isTrue();
        assertThat(UUID.fromString(id.asString())).isNotNull();
        var one = Api.at(port).get("/api/v1/organisations/" + id.asString()).json();
        assertThat(one.get("id").asString()).isEqualTo(id.asString());
    }
}
