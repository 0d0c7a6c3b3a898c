package org.pacto.practices;

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
 * Issue 16, item 6: a review sent twice at once, and two decisions on one practice, answer 2xx or
 * 409 problem+json (never 500); the same review sent again is the same review.
 */
@PactoTest
class ConcurrentPracticeWritesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Api as(String email) {
        return Api.at(port).withToken(DemoAccounts.byEmail(email).token());
    }

    Api secretariat() {
        return Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
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

    private String inReview() {
        Api focal = Api.at(port).withToken(DemoAccounts.withRole("focal-point").token());
        var created = focal.post("/api/v1/practices", PracticesApiTest.practice("Carreras a la vez " + System.nanoTime()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(focal.post("/api/v1/practices/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(secretariat().post("/api/v1/practices/" + id + "/reviewers", Map.of("reviewers",
                List.of(PracticesApiTest.CEPAL, PracticesApiTest.LIMA, PracticesApiTest.BUAP))).status())
                .isEqualTo(200);
        for (String reviewer : List.of(PracticesApiTest.CEPAL, PracticesApiTest.LIMA, PracticesApiTest.BUAP)) {
            assertThat(as(reviewer).post("/api/v1/practices/" + id + "/declaration", Map.of()).status())
                    .isLessThan(300);
        }
        return id;
    }

    @Test
    void theSameReviewSentTwiceIsOneReview() {
        String id = inReview();
        Api cepal = as(PracticesApiTest.CEPAL);
        var review = PracticesApiTest.review(4, "publish");
        var answers = Race.run(() -> cepal.post("/api/v1/practices/" + id + "/reviews", review),
                () -> cepal.post("/api/v1/practices/" + id + "/reviews", review));
        oneWinsTheOtherConflicts(answers, 201);
        // sent again later (a retry): the same answer, still one review
        var again = cepal.post("/api/v1/practices/" + id + "/reviews", review);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from practices.peer_review where practice_id = ?::uuid").param(id)
                .query(Long.class).single()).isEqualTo(1);
        // a different review in the same round is a conflict, not a silent overwrite
        var different = cepal.post("/api/v1/practices/" + id + "/reviews", PracticesApiTest.review(2, "reject"));
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.json().get("code").asString()).isEqualTo("already-reviewed");
    }

    @Test
    void twoDecisionsOnOnePractice() {
        String id = inReview();
        for (String reviewer : List.of(PracticesApiTest.CEPAL, PracticesApiTest.LIMA, PracticesApiTest.BUAP)) {
            assertThat(as(reviewer).post("/api/v1/practices/" + id + "/reviews", PracticesApiTest.review(4, "publish"))
                    .status()).isEqualTo(201);
        }
        var answers = Race.run(
                () -> secretariat().post("/api/v1/practices/" + id + "/decision",
                        Map.of("decision", "publish", "reason", "Cumple los criterios.")),
                () -> secretariat().post("/api/v1/practices/" + id + "/decision",
                        Map.of("decision", "publish", "reason", "Cumple los criterios.")));
        oneWinsTheOtherConflicts(answers, 200);
        assertThat(secretariat().get("/api/v1/practices/" + id).json().get("status").asString()).isEqualTo("published");
    }
}
