package org.pacto.practices;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacto.practices.PracticeFixtures.BUAP;
import static org.pacto.practices.PracticeFixtures.CEPAL;
import static org.pacto.practices.PracticeFixtures.LIMA;

/**
 * Issue 16, item 10: an assigned reviewer reads the practice only after declaring no conflict of
 * interest, over the API and on the pages alike.
 */
@PactoTest
class ReviewerDeclarationTest {

    @LocalServerPort
    int port;

    PracticeFixtures fixtures() {
        return PracticeFixtures.at(port);
    }

    @Test
    void theApiRefusesThePracticeToAnAssignedReviewerUntilTheDeclaration() {
        String title = "Ventanilla única para migrantes en San Martín";
        String id = fixtures().inReview(PracticeFixtures.practice(title));
        var reviewer = fixtures().as(CEPAL);
        for (String path : new String[]{"", "/history", "/reviews", "/similar"}) {
            var refused = reviewer.get("/api/v1/practices/" + id + path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).as(path).doesNotContain(title);
        }
        var declared = reviewer.post("/api/v1/practices/" + id + "/declaration", Map.of());
        assertThat(declared.status()).isEqualTo(200);
        assertThat(declared.json().get("noConflictOfInterest").asBoolean()).isTrue();
        var shown = reviewer.get("/api/v1/practices/" + id);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("title").asString()).isEqualTo(title);
        // the others on the panel are still refused until they declare
        assertThat(fixtures().as(LIMA).get("/api/v1/practices/" + id).status()).isEqualTo(403);
    }

    @Test
    void aReviewMayCarryTheDeclarationItself() {
        String id = fixtures().inReview(PracticeFixtures.practice("Mesa de diálogo migrante en Morón"));
        var body = new java.util.HashMap<>(PracticeFixtures.review(4, "publish"));
        body.put("noConflictOfInterest", true);
        assertThat(fixtures().as(BUAP).post("/api/v1/practices/" + id + "/reviews", body).status()).isEqualTo(201);
        assertThat(fixtures().as(BUAP).get("/api/v1/practices/" + id).status()).isEqualTo(200);
    }

    @Test
    void theReviewPageShowsOnlyTheDeclarationUntilItIsMade() {
        String title = "Consultorio jurídico migrante en Lomas de Zamora";
        String id = fixtures().inReview(PracticeFixtures.practice(title));
        var reviewer = fixtures().signedIn(LIMA);
        var before = reviewer.get("/practices/" + id + "/review");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("/practices/" + id + "/declaration").doesNotContain(title)
                .doesNotContain("good-practice-guide");
        var page = reviewer.get("/practices/" + id);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain(title);

        var declared = reviewer.submitForm("/practices/" + id + "/review", "/practices/" + id + "/declaration",
                Map.of());
        assertThat(declared.status()).isEqualTo(302);
        var after = reviewer.get("/practices/" + id + "/review");
        assertThat(after.body()).contains(title).contains("good-practice-guide")
                .doesNotContain("/practices/" + id + "/declaration\"");
        assertThat(reviewer.get("/practices/" + id).status()).isEqualTo(200);
    }

    @Test
    void aReviewerNotOnThePanelStillFindsNothing() {
        String id = fixtures().draft(PracticeFixtures.practice("Borrador que nadie revisa"));
        assertThat(fixtures().as(CEPAL).get("/api/v1/practices/" + id).status()).isEqualTo(404);
        assertThat(fixtures().as(CEPAL).post("/api/v1/practices/" + id + "/declaration", Map.of()).status())
                .isEqualTo(404);
    }
}
