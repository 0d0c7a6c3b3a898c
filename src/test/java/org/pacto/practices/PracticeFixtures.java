package org.pacto.practices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pacto.practices.calculation.ReviewRules;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Practices brought through the workflow over the API, for the practices module's tests: a valid
 * draft body, a review, and a practice taken to "in review" or to publication by the demo accounts.
 */
public final class PracticeFixtures {

    /** The demo reviewers of a complete panel: one internal (CEPAL) and two external ones. */
    public static final String CEPAL = "revisora.cepal@pacto.demo";
    public static final String LIMA = "revisor.lima@pacto.demo";
    public static final String BUAP = "revisora.buap@pacto.demo";
    public static final List<String> PANEL = List.of(CEPAL, LIMA, BUAP);

    private final int port;

    private PracticeFixtures(int port) {
        this.port = port;
    }

    public static PracticeFixtures at(int port) {
        return new PracticeFixtures(port);
    }

    public Api as(String email) {
        return Api.at(port).withToken(DemoAccounts.byEmail(email).token());
    }

    public Api focal() {
        return Api.at(port).withToken(DemoAccounts.withRole("focal-point").token());
    }

    public Api secretariat() {
        return Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
    }

    /** A browser-like session signed in with the demo account's password (for pages). */
    public Api signedIn(String email) {
        Api api = Api.at(port);
        var account = DemoAccounts.byEmail(email);
        var answer = api.submitForm("/login", "/login", Map.of("username", account.email(), "password",
                account.password()));
        assertThat(answer.status()).isEqualTo(302);
        return api;
    }

    /** A complete, valid practice of a local government (mutable, so tests can change a field). */
    public static Map<String, Object> practice(String title) {
        var body = new HashMap<String, Object>();
        body.put("language", "es");
        body.put("title", title);
        body.put("summary", "Atención de consulados en los barrios para regularizar documentos de personas migrantes.");
        body.put("description", "<p>Los consulados visitan los barrios.</p><script>alert(1)</script>");
        body.put("objectives", List.of(4, 15));
        body.put("principles", List.of("whole-of-society"));
        body.put("countries", List.of("AR"));
        body.put("level", "local");
        body.put("locality", "Quilmes");
        body.put("type", "service");
        body.put("startDate", "2021-03-01");
        body.put("results", "Más de 2.000 trámites.");
        body.put("themes", List.of("data"));
        body.put("contact", Map.of("name", "Laura Contacto", "email", "laura@quilmes.example"));
        return body;
    }

    /** A review giving every criterion the same score. */
    public static Map<String, Object> review(int score, String recommendation) {
        var scores = new HashMap<String, Object>();
        ReviewRules.CRITERIA.forEach(c -> scores.put(c, score));
        return Map.of("scores", scores, "recommendation", recommendation, "comment", "Revisión con puntaje " + score);
    }

    /** A draft of the focal point's organisation. */
    public String draft(Map<String, Object> body) {
        var created = focal().post("/api/v1/practices", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("draft");
        return created.json().get("id").asString();
    }

    /** Submitted and given the demo panel: in review, nobody has declared yet. */
    public String inReview(Map<String, Object> body) {
        String id = draft(body);
        assertThat(focal().post("/api/v1/practices/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        var assigned = secretariat().post("/api/v1/practices/" + id + "/reviewers", Map.of("reviewers", PANEL));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("status").asString()).isEqualTo("in-review");
        return id;
    }

    /** The reviewer declares no conflict of interest, then sends a review. */
    public void reviewBy(String email, String id, int score, String recommendation) {
        assertThat(as(email).post("/api/v1/practices/" + id + "/declaration", Map.of()).status()).isEqualTo(200);
        var sent = as(email).post("/api/v1/practices/" + id + "/reviews", review(score, recommendation));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    }

    /** Taken through peer review (the whole panel recommends publishing) to publication. */
    public String published(Map<String, Object> body) {
        String id = inReview(body);
        for (String reviewer : PANEL) {
            reviewBy(reviewer, id, 4, "publish");
        }
        var decided = secretariat().post("/api/v1/practices/" + id + "/decision",
                Map.of("decision", "publish", "reason", "Cumple los criterios."));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("published");
        return id;
    }
}
