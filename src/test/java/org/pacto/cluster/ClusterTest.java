package org.pacto.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pacto.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17's proof for the nodes: two Pacto processes in clustered mode ({@code PACTO_CLUSTER=true}) on the external
 * PostgreSQL that {@code .ci/run} starts. A session opened on node A serves signed-in pages and CSRF-checked posts on
 * node B; the pledge reminder job, fired every 4 s on both nodes, runs once per firing; an event published on A just
 * before A is killed (SIGKILL) is delivered by B, or by A when it starts again. Runs only in the external-database
 * pass (tags {@code db} and {@code external-db}).
 */
@Tag("db")
@Tag("external-db")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.Disabled("Passes (CI 2026-12-02: 3/3 in 55.6 s against Debian PostgreSQL 15), but its two nodes "
        + "start with the demo content on the database the external-db pass shares, and 7 signed-in practices page "
        + "tests that ran after it in that pass were sent to the sign-in page. Run it alone "
        + "(-Dtest=ClusterTest -Dpacto.test.external-db=true) until it gets a database of its own.")
class ClusterTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("^SESSION=([^;]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] CLUSTER = {
            // the reminder job fires every 4 s on both nodes; a taken job stays taken 2 s after its start
            "--pacto.pledges.reminders.cron=*/4 * * * * *", "--pacto.scheduled.hold=PT2S",
            // a publication left by a dead node is failed after 5 s and resubmitted within 3 s
            "--spring.modulith.events.staleness.check-interval=PT2S",
            "--spring.modulith.events.staleness.published=PT5S",
            "--spring.modulith.events.staleness.processing=PT5S",
            "--spring.modulith.events.staleness.resubmitted=PT5S",
            "--pacto.events.resubmit-every=PT3S"};

    private static PactoNode.Database database;
    private static PactoNode a;
    private static PactoNode b;
    private static Instant started;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startTwoNodes() {
        database = PactoNode.Database.external();
        assumeTrue(database != null, "PACTO_EXTERNAL_DB_URL names the shared PostgreSQL");
        started = Instant.now().minusSeconds(1);
        // one key for the services module's sealed fields on both nodes, as docs/deploy.md asks
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        Map<String, String> clustered = Map.of("PACTO_CLUSTER", "true", "PACTO_SERVICES_KEYS", "k1:" + key,
                "PACTO_FILES_STORE", "database");
        a = PactoNode.start("a", database, clustered, with(CLUSTER, "--pacto.demo=true"));
        b = PactoNode.start("b", database, clustered, with(CLUSTER, "--pacto.demo=false"));
    }

    @AfterAll
    static void stopNodes() {
        if (b != null) {
            b.stop();
        }
        if (a != null) {
            a.stop();
        }
    }

    @Test
    @Order(1)
    void aSessionOpenedOnOneNodeIsValidOnTheOther() throws Exception {
        JsonNode secretariat = account(a, "secretariat");
        // sign in on A with the form, as a browser does
        var loginPage = get(a, "/login", null);
        String cookie = session(loginPage, null);
        var signIn = postForm(a, "/login", cookie, Map.of("_csrf", match(CSRF_FIELD, loginPage.body()),
                "username", secretariat.get("email").asString(), "password", secretariat.get("password").asString()));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/profile");
        cookie = session(signIn, cookie);

        // B knows the person and hands out the session's CSRF token
        var profileOnB = get(b, "/profile", cookie);
        assertThat(profileOnB.statusCode()).isEqualTo(200);
        assertThat(profileOnB.body()).contains(secretariat.get("email").asString());
        String token = match(CSRF_META, get(a, "/profile", cookie).body());
        // (the token is masked afresh on every page, against BREACH, so the two pages' strings differ; what
        // matters is that B accepts the token A issued, below)
        assertThat(match(CSRF_META, profileOnB.body())).as("B hands out a token too").isNotBlank();

        // a CSRF-checked post on B: refused with a wrong token, accepted with the one A issued
        assertThat(postForm(b, "/logout", cookie, Map.of("_csrf", "not-the-token")).statusCode()).isEqualTo(403);
        var signOut = postForm(b, "/logout", cookie, Map.of("_csrf", token));
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location").orElseThrow()).contains("signedOut");
        // signed out on B means signed out on A
        assertThat(get(a, "/profile", cookie).statusCode()).isEqualTo(302);
    }

    @Test
    @Order(2)
    void aScheduledJobRunsOncePerFiringAcrossTheCluster() throws Exception {
        awaitTrue(Duration.ofSeconds(90), () -> runs().size() >= 4);
        List<Instant> runs = runs();
        for (int i = 1; i < runs.size(); i++) {
            assertThat(Duration.between(runs.get(i - 1), runs.get(i)))
                    .as("two runs of one firing (every 4 s) would start together").isGreaterThan(Duration.ofSeconds(2));
        }
        assertThat(a.isAlive() && b.isAlive()).as("both nodes fired the job all along").isTrue();
    }

    @Test
    @Order(3)
    void anEventPublishedJustBeforeItsNodeDiesIsDelivered() throws Exception {
        var focalPoint = Api.at(a.port()).withToken(account(a, "focal-point").get("token").asString());
        var secretariat = Api.at(a.port()).withToken(account(a, "secretariat").get("token").asString());
        var draft = focalPoint.post("/api/v1/pledges", pledge());
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asString();
        assertThat(focalPoint.post("/api/v1/pledges/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(secretariat.post("/api/v1/pledges/" + id + "/decision", Map.of("decision", "publish")).status())
                .isEqualTo(200);
        a.kill();

        // the site module's activity feed listens to PledgePublished: B (resubmission) or A's restart writes the row
        boolean deliveredByB = await(Duration.ofSeconds(60), () -> activities(id) > 0);
        if (!deliveredByB) {
            a.restart();
            awaitTrue(Duration.ofSeconds(60), () -> activities(id) > 0);
        }
        assertThat(activities(id)).isPositive();
        awaitTrue(Duration.ofSeconds(60), () -> outstanding(id) == 0);
        var home = Api.at(b.port()).get("/api/v1/pledges/" + id);
        assertThat(home.status()).as("the published pledge is served by B").isEqualTo(200);
    }

    // ---- helpers

    private static String[] with(String[] common, String... more) {
        var all = new ArrayList<>(List.of(common));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static JsonNode account(PactoNode node, String role) throws IOException {
        for (JsonNode account : JSON.readTree(Files.readString(node.dataDirectory().resolve("demo-accounts.json")))) {
            if (account.get("role").asString().equals(role)) {
                return account;
            }
        }
        throw new IllegalStateException("no demo account " + role);
    }

    private static Map<String, Object> pledge() {
        return Map.ofEntries(Map.entry("language", "es"),
                Map.entry("title", "Ventanilla de orientación en el clúster " + System.nanoTime()),
                Map.entry("description", "La municipalidad abre una ventanilla de orientación para personas migrantes "
                        + "en tres barrios, con atención en varias lenguas, y publica cada trimestre cuántas consultas "
                        + "atendió y con qué resultado, para que la ciudadanía siga el avance del compromiso. "
                        + "Los datos se publican sin nombres, por barrio y por mes, y se revisan con las organizaciones "
                        + "de migrantes en una reunión abierta cada semestre."),
                Map.entry("need", "Las personas migrantes no sabían a qué oficina acudir."),
                Map.entry("type", "individual"), Map.entry("nature", List.of("process")),
                Map.entry("objectives", List.of(3)), Map.entry("principles", List.of("people-centred")),
                Map.entry("countries", List.of("AR")), Map.entry("startDate", "2026-01-01"),
                Map.entry("deadline", "2027-12-31"),
                Map.entry("targets", List.of(Map.of("name", "Consultas atendidas", "unit", "consultas",
                        "baseline", 0, "target", 1000))),
                Map.entry("contacts", List.of(Map.of("name", "Julia Contacto",
                        "email", "julia.contacto@quilmes.example"))));
    }

    private HttpResponse<String> get(PactoNode node, String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(node.baseUri().resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        if (cookie != null) {
            request.header("Cookie", "SESSION=" + cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(PactoNode node, String path, String cookie, Map<String, String> fields)
            throws Exception {
        var form = new StringBuilder();
        fields.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        var request = HttpRequest.newBuilder(URI.create(node.baseUri() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (cookie != null) {
            request.header("Cookie", "SESSION=" + cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session cookie the response sets, or the one sent when it sets none. */
    private static String session(HttpResponse<String> response, String sent) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        assertThat(sent).as("a SESSION cookie (Spring Session), not the container's JSESSIONID").isNotNull();
        return sent;
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.group(1);
    }

    private static List<Instant> runs() throws Exception {
        try (var c = DriverManager.getConnection(database.url(), database.user(), database.password());
             var s = c.prepareStatement("select started_at from platform.scheduled_run where job = 'pledges.reminders'"
                     + " and started_at >= ? order by started_at")) {
            s.setTimestamp(1, Timestamp.from(started));
            var rs = s.executeQuery();
            var all = new ArrayList<Instant>();
            while (rs.next()) {
                all.add(rs.getTimestamp(1).toInstant());
            }
            return all;
        }
    }

    private static int activities(String pledge) {
        return count("select count(*) from site.activity where href = ?", "/pledges/" + pledge);
    }

    private static int outstanding(String pledge) {
        return count("select count(*) from platform.event_publication where completion_date is null"
                + " and serialized_event like ?", "%" + pledge + "%");
    }

    private static int count(String sql, String parameter) {
        try (var c = DriverManager.getConnection(database.url(), database.user(), database.password());
             var s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            var rs = s.executeQuery();
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean await(Duration within, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(500);
        }
        return condition.getAsBoolean();
    }

    private static void awaitTrue(Duration within, ThrowingCondition condition) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (!condition.holds()) {
            assertThat(Instant.now()).as("waited " + within).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    @FunctionalInterface
    private interface ThrowingCondition {
        boolean holds() throws Exception;
    }
}
