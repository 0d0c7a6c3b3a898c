package org.pacto.identity;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pacto.platform.Outbox;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Joining by invitation, e-mail proof, password reset and the sign-in protections, over HTTP. */
@PactoTest
class JoiningTest {

    /** Mailed links carry their secret in the fragment, never in the path (issue 16, item 10). */
    private static final Pattern LINK = Pattern.compile("http://\\S+/(join|password/reset)#(\\S+)");

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;

    @Test
    void aFocalPointInvitesAColleagueWhoJoinsAndSignsIn() {
        String email = "colega" + System.nanoTime() + "@quilmes.example";
        var focal = Api.at(port).withToken(DemoAccounts.withRole("focal-point").token());
        assertThat(focal.post("/api/v1/invitations", Map.of("email", email, "role", "member")).status())
                .isEqualTo(202);
        assertThat(focal.post("/api/v1/invitations", Map.of("email", email + "x", "role", "secretariat")).status())
                .as("a focal point cannot grant staff roles").isEqualTo(403);

        var mail = outbox.to(email);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().body()).contains("Municipalidad de Quilmes");
        var link = LINK.matcher(mail.getFirst().body());
        assertThat(link.find()).isTrue();
        String secret = link.group(2);

        var visitor = Api.at(port);
        var tooShort = visitor.submitForm("/join", "/join", Map.of("secret", secret, "name", "Lucía", "password", "corta"));
        assertThat(tooShort.status()).isEqualTo(200);
        assertThat(tooShort.body()).contains("12");
        var joined = visitor.submitForm("/join", "/join", Map.of("secret", secret, "name", "Lucía Colega",
                "password", "una-clave-larga-1"));
        assertThat(joined.status()).isEqualTo(302);
        assertThat(visitor.submitForm("/join", "/join", Map.of("secret", secret)).body())
                .as("the link is used up").doesNotContain("name=\"password\"");

        var session = Api.at(port);
        var signedIn = session.submitForm("/login", "/login", Map.of("username", email, "password", "una-clave-larga-1"));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith("/profile");
        assertThat(session.get("/profile").body()).contains("Lucía Colega").contains("Municipalidad de Quilmes");
    }

    @Test
    void passwordResetByMailedLink() {
        var member = DemoAccounts.withRole("member");
        var visitor = Api.at(port);
        var asked = visitor.submitForm("/password/forgot", "/password/forgot", Map.of("email", member.email()));
        assertThat(asked.status()).isEqualTo(200);
        var unknown = visitor.submitForm("/password/forgot", "/password/forgot", Map.of("email", "nadie@example.org"));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).as("no hint of who has an account").contains("class=\"notice\"");
        assertThat(asked.body()).contains("class=\"notice\"");
        assertThat(outbox.to("nadie@example.org")).isEmpty();
        var link = LINK.matcher(outbox.to(member.email()).getFirst().body());
        assertThat(link.find()).isTrue();
        assertThat(visitor.submitForm("/password/reset", "/password/reset", Map.of("secret", link.group(2),
                "password", "nueva-clave-segura")).status()).isEqualTo(302);
        var session = Api.at(port);
        assertThat(session.submitForm("/login", "/login", Map.of("username", member.email(),
                "password", "nueva-clave-segura")).header("Location")).endsWith("/profile");
    }

    @org.junit.jupiter.api.AfterEach
    void liftThrottles(@Autowired org.pacto.identity.security.LoginThrottle throttle) {
        throttle.forgetAll();
    }

    @Test
    void signInIsThrottledAfterRepeatedFailures() {
        var reviewer = DemoAccounts.all().stream().filter(a -> a.role().equals("reviewer")).toList().get(2);
        var browser = Api.at(port);
        for (int i = 0; i < 5; i++) {
            var failed = browser.submitForm("/login", "/login", Map.of("username", reviewer.email(), "password", "mal"));
            assertThat(failed.header("Location")).contains("/login?");
        }
        var locked = browser.submitForm("/login", "/login", Map.of("username", reviewer.email(),
                "password", reviewer.password()));
        assertThat(locked.header("Location")).as("even the right password waits").endsWith("/login?locked");
    }

    @Test
    void theSessionIdChangesAtSignInAndFormsNeedTheirCsrfToken() {
        var admin = DemoAccounts.withRole("admin");
        var browser = Api.at(port);
        var before = browser.get("/login").header("Set-Cookie");
        var signedIn = browser.submitForm("/login", "/login", Map.of("username", admin.email(),
                "password", admin.password()));
        String after = signedIn.header("Set-Cookie");
        assertThat(after).startsWith("JSESSIONID=");
        if (before != null) {
            assertThat(after.split(";")[0]).isNotEqualTo(before.split(";")[0]);
        }
        var forged = browser.withHeader("Content-Type", "application/x-www-form-urlencoded");
        var response = forged.post("/profile/tokens", "name=forged");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void pagesAndApiSendStrictSecurityHeaders() {
        for (String path : new String[] {"/", "/api/v1/objectives"}) {
            var response = Api.at(port).get(path);
            String csp = response.header("Content-Security-Policy");
            assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void tokensAreCreatedAndRevokedInTheProfile() {
        var focal = DemoAccounts.withRole("focal-point");
        var browser = Api.at(port);
        browser.submitForm("/login", "/login", Map.of("username", focal.email(), "password", focal.password()));
        var created = browser.submitForm("/profile", "/profile/tokens", Map.of("name", "sistema municipal"));
        var secret = Pattern.compile("id=\"new-token\">(pacto_[^<]+)<").matcher(created.body());
        assertThat(secret.find()).isTrue();
        assertThat(Api.at(port).withToken(secret.group(1)).get("/api/v1/me").status()).isEqualTo(200);
        var revoke = Pattern.compile("action=\"(/profile/tokens/[^\"]+/revoke)\"").matcher(created.body());
        assertThat(revoke.find()).isTrue();
        assertThat(browser.submitForm("/profile", revoke.group(1), Map.of()).status()).isEqualTo(302);
        assertThat(Api.at(port).withToken(secret.group(1)).get("/api/v1/me").status()).isEqualTo(401);
    }
}
