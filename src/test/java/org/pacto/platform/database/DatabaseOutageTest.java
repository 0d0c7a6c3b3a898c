package org.pacto.platform.database;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Issue 16, item 8: the embedded PostgreSQL is killed under the running application. Before, every
 * request waited 30 s for a connection and answered 500, health turned down only after 30 s, and
 * nothing started the server again.
 */
@PactoTest
class DatabaseOutageTest {

    @LocalServerPort
    int port;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<EmbeddedDatabaseConfiguration.EmbeddedPostgres> embedded;

    @Test
    void aKilledServerIsAnsweredWith503AtOnceAndStartedAgain() throws Exception {
        assumeFalse(TestDatabase.external(), "the external server is not Pacto's to supervise");
        var api = Api.at(port);
        assertThat(api.get("/api/v1/organisations").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
        // The error page is compiled once before, so that what is timed below is the outage answer itself.
        assertThat(api.get("/no-such-page").status()).isEqualTo(404);
        PostgresServer server = embedded.getObject().server();
        // Hold the first restart long enough to observe the outage.
        server.watch().restartPauses(List.of(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(2)));
        try {
            long killed = System.nanoTime();
            assertThat(ProcessHandle.of(server.postmasterPid()).orElseThrow().destroyForcibly()).isTrue();

            Api.Response answer = api.get("/api/v1/organisations");
            while (answer.status() != 503 && elapsed(killed).toMillis() < 2_000) {
                answer = api.get("/api/v1/organisations");
            }
            assertThat(answer.status()).as("answer within %s of the kill", elapsed(killed)).isEqualTo(503);
            assertThat(elapsed(killed)).isLessThan(Duration.ofSeconds(2));
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.header("Retry-After")).isEqualTo("5");
            assertThat(answer.json().path("code").asString()).isEqualTo("database-unavailable");

            long asked = System.nanoTime();
            var page = api.withHeader("Accept-Language", "en").get("/practices");
            assertThat(elapsed(asked)).as("no waiting for a connection (3 s)").isLessThan(Duration.ofMillis(2_500));
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("Service briefly unavailable").contains("lang=\"en\"");

            var readiness = api.get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.json().path("status").asString()).isEqualTo("DOWN");
            assertThat(api.get("/actuator/health/liveness").status()).as("restarting, not broken").isEqualTo(200);
            assertThat(api.get("/css/pacto.css").status()).as("static files are still served").isEqualTo(200);

            Api.Response back = api.get("/api/v1/organisations");
            while (back.status() != 200 && elapsed(killed).toSeconds() < 90) {
                Thread.sleep(200);
                back = api.get("/api/v1/organisations");
            }
            assertThat(back.status()).as("served again after the restart").isEqualTo(200);
            assertThat(back.json().toString()).as("the data survived").contains("Quilmes");
            assertThat(server.postmasterAlive()).isTrue();
            assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
            assertThat(api.withHeader("Accept-Language", "en").get("/practices").status()).isEqualTo(200);
        } finally {
            server.watch().restartPauses(ServerWatch.DEFAULT_PAUSES);
        }
    }

    private static Duration elapsed(long since) {
        return Duration.ofNanos(System.nanoTime() - since);
    }
}
