package org.pacto.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.pacto.support.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, item 6: writes racing on one pledge answer 2xx or 409 problem+json (never 500), and a
 * retried signature is the same signature.
 */
@PactoTest
class ConcurrentPledgeWritesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Api as(String role) {
        return Api.at(port).withToken(DemoAccounts.withRole(role).token());
    }

    private static void oneWinsTheOtherConflicts(List<Api.Response> answers, int success) {
        assertThat(answers).extracting(Api.Response::status).allMatch(s -> s == success || s == 409)
                .contains(success);
        for (Api.Response answer : answers) {
            if (answer.status() == 409) {
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.json().get("code").asString()).isNotBlank();
            }
        }
    }

    private String submitted() {
        var focal = as("focal-point");
        var created = focal.post("/api/v1/pledges", PledgesApiTest.pledge());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(focal.post("/api/v1/pledges/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        return id;
    }

    @Test
    void twoDecisionsOnOnePledge() {
        String id = submitted();
        var secretariat = as("secretariat");
        var answers = Race.run(
                () -> secretariat.post("/api/v1/pledges/" + id + "/decision", Map.of("decision", "publish")),
                () -> secretariat.post("/api/v1/pledges/" + id + "/decision", Map.of("decision", "publish")));
        oneWinsTheOtherConflicts(answers, 200);
        assertThat(as("secretariat").get("/api/v1/pledges/" + id).json().get("status").asString())
                .isEqualTo("published");
    }

    @Test
    void twoProgressReportsAtOnce() {
        String id = submitted();
        assertThat(as("secretariat").post("/api/v1/pledges/" + id + "/decision", Map.of("decision", "publish"))
                .status()).isEqualTo(200);
        var focal = as("focal-point");
        String target = focal.get("/api/v1/pledges/" + id).json().get("targets").get(0).get("id").asString();
        var answers = Race.run(
                () -> focal.post("/api/v1/pledges/" + id + "/progress", Map.of("date", "2026-06-30",
                        "narrative", "Primer semestre.", "values", List.of(Map.of("target", target, "value", 100)))),
                () -> focal.post("/api/v1/pledges/" + id + "/progress", Map.of("date", "2026-07-31",
                        "narrative", "Julio.", "values", List.of(Map.of("target", target, "value", 120)))));
        oneWinsTheOtherConflicts(answers, 201);
        long saved = jdbc.sql("select count(*) from pledges.report where pledge_id = ?::uuid").param(id)
                .query(Long.class).single();
        assertThat(saved).isEqualTo(answers.stream().filter(a -> a.status() == 201).count());
    }

    @Test
    void signingTwiceAtOnceSignsOnce() {
        var open = Api.at(port).get("/api/v1/pledges?q=Mecanismo+de+Di%C3%A1logo").json();
        String dialogue = open.get("items").get(0).get("id").asString();
        var focal = as("focal-point");
        var answers = Race.run(() -> focal.post("/api/v1/pledges/" + dialogue + "/sign", Map.of()),
                () -> focal.post("/api/v1/pledges/" + dialogue + "/sign", Map.of()));
        oneWinsTheOtherConflicts(answers, 200);
        // and a retry afterwards is the same signature, not an error
        assertThat(focal.post("/api/v1/pledges/" + dialogue + "/sign", Map.of()).status()).isEqualTo(200);
        var signatories = Api.at(port).get("/api/v1/pledges/" + dialogue).json().get("signatories");
        long quilmes = 0;
        for (var signatory : signatories) {
            if (signatory.toString().contains("Quilmes")) {
                quilmes++;
            }
        }
        assertThat(quilmes).isEqualTo(1);
    }
}
