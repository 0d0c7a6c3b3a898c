package org.pacto.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pacto.identity.account.Membership;
import org.pacto.identity.security.LoginThrottle;
import org.pacto.platform.Outbox;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, item 9: sign-in throttled by address and by client, alike for unknown addresses; resets limited. */
@PactoTest
class SignInTest {

    static final String PASSWORD = "una-clave-de-prueba-9";
    private static final Pattern RESET = Pattern.compile("/password/reset#(\\S+)");

    @LocalServerPort
    int port;
    @Autowired
    Membership membership;
    @Autowired
    Actors actors;
    @Autowired
    Outbox outbox;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @AfterEach
    void liftThrottles() {
        // every test signs in from 127.0.0.1: leave no throttle behind for the next one
        throttle.forgetAll();
    }

    /** A fresh member of Quilmes with {@link #PASSWORD}, so no demo account is throttled or changed. */
    static String newAccount(Membership membership, Actors actors) {
        String email = "persona" + System.nanoTime() + "@prueba.example";
        var quilmes = actors.byEmail(DemoAccounts.withRole("focal-point").email()).orElseThrow().organisation();
        membership.createPerson(quilmes, email, "Persona de Prueba", Set.of(Role.MEMBER), PASSWORD);
        return email;
    }

    static String signIn(Api browser, String email, String password) {
        return browser.submitForm("/login", "/login", Map.of("username", email, "password", password))
                .header("Location");
    }

    @Test
    void unknownAndKnownAddressesAreAnsweredAlike() {
        String known = newAccount(membership, actors);
        String unknown = "nadie" + System.nanoTime() + "@prueba.example";
        List<String> answersForKnown = new ArrayList<>();
        List<String> answersForUnknown = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answersForKnown.add(signIn(Api.at(port), known, "no-es-la-clave"));
            answersForUnknown.add(signIn(Api.at(port), unknown, "no-es-la-clave"));
        }
        assertThat(answersForKnown).as("an unknown address is throttled exactly like a known one")
                .isEqualTo(answersForUnknown);
        assertThat(answersForKnown.getLast()).endsWith("/login?locked");
        assertThat(signIn(Api.at(port), known, PASSWORD)).as("even the right password waits")
                .endsWith("/login?locked");
    }

    @Test
    void oneClientTryingManyAddressesIsThrottledForAll() {
        String known = newAccount(membership, actors);
        for (int i = 0; i < 20; i++) {
            assertThat(signIn(Api.at(port), "intento" + i + "-" + System.nanoTime() + "@prueba.example", "clave"))
                    .endsWith("/login?error");
        }
        assertThat(signIn(Api.at(port), known, PASSWORD))
                .as("this client tried twenty addresses: it waits, whatever the address").endsWith("/login?locked");
    }

    @Test
    void forwardedHeadersOfAnUntrustedClientAreIgnored() {
        assertThat(remoteIpValve().getInternalProxies()).as("no proxy is trusted unless PACTO_TRUSTED_PROXIES says")
                .isNullOrEmpty();
        String known = newAccount(membership, actors);
        for (int i = 0; i < 5; i++) {
            var spoofing = Api.at(port).withHeader("X-Forwarded-For", "203.0.113." + (i + 1));
            signIn(spoofing, known, "no-es-la-clave");
        }
        var yetAnother = Api.at(port).withHeader("X-Forwarded-For", "198.51.100.7");
        assertThat(signIn(yetAnother, known, PASSWORD)).as("a made-up X-Forwarded-For is not a new client")
                .endsWith("/login?locked");

        var https = Api.at(port).withHeader("X-Forwarded-Proto", "https");
        var signedIn = https.submitForm("/login", "/login", Map.of("username", newAccount(membership, actors),
                "password", PASSWORD));
        assertThat(signedIn.header("Set-Cookie")).startsWith("JSESSIONID=").doesNotContain("Secure");
        assertThat(signedIn.header("Strict-Transport-Security")).as("HSTS only over real https").isNull();
    }

    @Test
    void aTrustedProxysClientAndSchemeAreBelieved() {
        var valve = remoteIpValve();
        // as PACTO_TRUSTED_PROXIES=127.0.0.1/32,::1/128 would set it, for this test only
        valve.setInternalProxies("127.0.0.1/32,::1/128");
        try {
            String known = newAccount(membership, actors);
            for (int i = 0; i < 5; i++) {
                signIn(Api.at(port).withHeader("X-Forwarded-For", "203.0.113.60"), known, "no-es-la-clave");
            }
            assertThat(signIn(Api.at(port).withHeader("X-Forwarded-For", "203.0.113.60"), known, PASSWORD))
                    .endsWith("/login?locked");
            var owner = Api.at(port).withHeader("X-Forwarded-For", "198.51.100.61");
            assertThat(signIn(owner, known, PASSWORD)).as("the owner, elsewhere, is not locked out")
                    .endsWith("/profile");
            var https = Api.at(port).withHeader("X-Forwarded-For", "198.51.100.61")
                    .withHeader("X-Forwarded-Proto", "https").get("/login");
            assertThat(https.header("Strict-Transport-Security")).contains("max-age=");
            assertThat(https.header("Set-Cookie")).startsWith("JSESSIONID=").contains("Secure");
        } finally {
            valve.setInternalProxies("");
        }
    }

    private org.apache.catalina.valves.RemoteIpValve remoteIpValve() {
        var server = (org.springframework.boot.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer();
        return java.util.Arrays.stream(server.getTomcat().getEngine().getPipeline().getValves())
                .filter(v -> v instanceof org.apache.catalina.valves.RemoteIpValve)
                .map(v -> (org.apache.catalina.valves.RemoteIpValve) v).findFirst()
                .orElseThrow(() -> new AssertionError("forwarded headers are never read (no RemoteIpValve)"));
    }

    @Test
    void resetMailsAreLimitedPerAddressPerHour() {
        String known = newAccount(membership, actors);
        var visitor = Api.at(port);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(visitor.submitForm("/password/forgot", "/password/forgot", Map.of("email", known))
                    .body().replaceAll("name=\"_csrf\"[^>]*>", ""));
        }
        assertThat(outbox.to(known)).as("three links an hour at most").hasSize(3);
        assertThat(answers).as("the answer never changes").allMatch(a -> a.equals(answers.getFirst()));
    }

    @Test
    void aResetEndsSessionsVoidsOtherLinksAndRevokesTokensWhenAsked() {
        String email = newAccount(membership, actors);
        String token = membership.createToken(actors.byEmail(email).orElseThrow(), "sistema");
        var session = Api.at(port);
        assertThat(signIn(session, email, PASSWORD)).endsWith("/profile");
        assertThat(session.get("/profile").status()).isEqualTo(200);

        var visitor = Api.at(port);
        visitor.submitForm("/password/forgot", "/password/forgot", Map.of("email", email));
        visitor.submitForm("/password/forgot", "/password/forgot", Map.of("email", email));
        var links = outbox.to(email).stream().map(m -> RESET.matcher(m.body())).filter(m -> m.find())
                .map(m -> m.group(1)).toList();
        assertThat(links).hasSize(2);

        var reset = visitor.submitForm("/password/reset", "/password/reset", Map.of("secret", links.get(0),
                "password", "otra-clave-muy-nueva", "revokeTokens", "true"));
        assertThat(reset.header("Location")).endsWith("/login?reset");

        assertThat(session.get("/profile").status()).as("the other session has ended").isEqualTo(302);
        assertThat(visitor.submitForm("/password/reset", "/password/reset", Map.of("secret", links.get(1)))
                .body()).as("the other link is void").doesNotContain("name=\"password\"");
        assertThat(Api.at(port).withToken(token).get("/api/v1/me").status()).as("tokens revoked on request")
                .isEqualTo(401);
        assertThat(signIn(Api.at(port), email, "otra-clave-muy-nueva")).endsWith("/profile");
    }

    @Test
    void tokensSurviveAResetUnlessRevocationIsAsked() {
        String email = newAccount(membership, actors);
        String token = membership.createToken(actors.byEmail(email).orElseThrow(), "sistema");
        var visitor = Api.at(port);
        var page = visitor.submitForm("/password/forgot", "/password/forgot", Map.of("email", email));
        assertThat(page.status()).isEqualTo(200);
        var link = RESET.matcher(outbox.to(email).getFirst().body());
        assertThat(link.find()).isTrue();
        assertThat(visitor.submitForm("/password/reset", "/password/reset", Map.of("secret", link.group(1)))
                .body()).as("the reset page offers to revoke tokens").contains("name=\"revokeTokens\"");
        assertThat(visitor.submitForm("/password/reset", "/password/reset", Map.of("secret", link.group(1),
                "password", "otra-clave-muy-nueva")).status()).isEqualTo(302);
        assertThat(Api.at(port).withToken(token).get("/api/v1/me").status()).isEqualTo(200);
    }
}
