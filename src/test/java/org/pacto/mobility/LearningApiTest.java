package org.pacto.mobility;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Courses (enrolment, attendance, certificates) and mentoring (suggestions, matches) over real HTTP. */
@PactoTest
class LearningApiTest {

    static final String COURSE = "/api/v1/mobility/courses/labour-mobility-diploma";

    @LocalServerPort
    int port;

    private Api api() {
        return Api.at(port);
    }

    @Test
    void theDiplomaIsListedInSpanishAndEnglishWithItsThreshold() {
        var items = api().get("/api/v1/mobility/courses?lang=en").json().get("items");
        var diploma = items.get(0);
        assertThat(diploma.get("id").asString()).isEqualTo("labour-mobility-diploma");
        assertThat(diploma.get("title").asString()).isEqualTo("Diploma in labour mobility");
        assertThat(diploma.get("languages").get(0).asString()).isEqualTo("es");
        assertThat(diploma.get("languages").get(1).asString()).isEqualTo("en");
        assertThat(diploma.get("threshold").asInt()).isEqualTo(80);
        assertThat(diploma.get("synthetic").asBoolean()).isTrue();
    }

    @Test
    void aCertificateIsEarnedWhenAttendanceReachesEightyPercent() {
        var member = api().withToken(DemoAccounts.withRole("member").token());
        var secretariat = api().withToken(DemoAccounts.withRole("secretariat").token());
        var enrolled = member.post(COURSE + "/enrolments", Map.of());
        assertThat(enrolled.status()).isIn(200, 201);
        String enrolment = enrolled.json().get("id").asString();
        assertThat(member.post(COURSE + "/enrolments", Map.of()).json().get("id").asString()).isEqualTo(enrolment);

        var seven = secretariat.post(COURSE + "/attendance", Map.of("enrolment", enrolment,
                "sessions", List.of(1, 2, 3, 4, 5, 6, 7, 7)));
        assertThat(seven.status()).isEqualTo(200);
        assertThat(seven.json().get("attended").asInt()).isEqualTo(7);
        assertThat(seven.json().get("certificate").asBoolean()).isFalse();
        assertThat(member.get(COURSE + "/certificates").json().get("items").size()).isZero();

        var eight = secretariat.post(COURSE + "/attendance", Map.of("enrolment", enrolment, "sessions", List.of(8)));
        assertThat(eight.json().get("certificate").asBoolean()).isTrue();
        assertThat(eight.json().get("share").asInt()).isEqualTo(80);
        assertThat(member.get(COURSE + "/certificates").json().get("items").findValuesAsString("enrolment"))
                .containsExactly(enrolment);
        assertThat(secretariat.get(COURSE + "/certificates").json().get("items").findValuesAsString("enrolment"))
                .contains(enrolment);
        assertThat(secretariat.get(COURSE + "/certificates").body()).doesNotContain("@");
    }

    @Test
    void badAttendanceIsRefusedWithFieldErrorsAndOnlyTheSecretariatRecordsIt() {
        var member = api().withToken(DemoAccounts.withRole("member").token());
        var secretariat = api().withToken(DemoAccounts.withRole("secretariat").token());
        String enrolment = member.post(COURSE + "/enrolments", Map.of()).json().get("id").asString();
        assertThat(member.post(COURSE + "/attendance", Map.of("enrolment", enrolment, "sessions", List.of(1)))
                .status()).isEqualTo(403);
        var refused = secretariat.post(COURSE + "/attendance", Map.of("enrolment", java.util.UUID.randomUUID().toString(),
                "sessions", List.of(0, 11, "x")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("enrolment", "sessions[0]",
                "sessions[1]", "sessions[2]");
        assertThat(api().post(COURSE + "/enrolments", Map.of()).status()).isEqualTo(401);
        assertThat(api().get(COURSE + "/certificates").status()).isEqualTo(401);
        assertThat(member.post("/api/v1/mobility/courses/no-such-course/enrolments", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aMatchIsMadeOnlyWhenMentorAndMenteeHaveBothAccepted() {
        var mentorSide = api().withToken(DemoAccounts.withRole("member").token());
        var menteeSide = api().withToken(DemoAccounts.withRole("focal-point").token());
        var secretariat = api().withToken(DemoAccounts.withRole("secretariat").token());
        String mentor = mentorSide.post("/api/v1/mobility/mentoring/profiles", Map.of("role", "mentor",
                "areas", List.of("care-work", "fair-recruitment", "return"), "languages", List.of("es", "en")))
                .json().get("id").asString();
        String mentee = menteeSide.post("/api/v1/mobility/mentoring/profiles", Map.of("role", "mentee",
                "areas", List.of("care-work", "fair-recruitment"), "languages", List.of("es"))).json().get("id")
                .asString();

        var suggested = menteeSide.get("/api/v1/mobility/mentoring/suggestions?profile=" + mentee).json();
        var mine = java.util.stream.StreamSupport.stream(suggested.spliterator(), false)
                .filter(s -> s.get("profile").asString().equals(mentor)).findFirst().orElseThrow();
        assertThat(mine.get("score").asInt()).isEqualTo(3);
        assertThat(mentorSide.get("/api/v1/mobility/mentoring/suggestions?profile=" + mentee).status()).isEqualTo(403);

        var pair = Map.of("mentor", mentor, "mentee", mentee);
        assertThat(secretariat.post("/api/v1/mobility/mentoring/matches", pair).status()).isEqualTo(403);
        var proposed = mentorSide.post("/api/v1/mobility/mentoring/matches", pair);
        assertThat(proposed.status()).isEqualTo(201);
        assertThat(proposed.json().get("mentorAccepted").asBoolean()).isTrue();
        assertThat(proposed.json().get("made").asBoolean()).isFalse();
        var made = menteeSide.post("/api/v1/mobility/mentoring/matches", pair);
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.json().get("made").asBoolean()).isTrue();
        assertThat(made.json().get("id").asString()).isEqualTo(proposed.json().get("id").asString());

        var refused = mentorSide.post("/api/v1/mobility/mentoring/profiles", Map.of("role", "guru",
                "areas", List.of("astrology"), "languages", List.of("xx")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("role", "areas[0]",
                "languages[0]");
        assertThat(mentorSide.post("/api/v1/mobility/mentoring/matches", Map.of("mentor", mentee, "mentee", mentor))
                .status()).isEqualTo(400);
    }

    @Test
    void theLearningAndMentoringPagesAnswerInTheFourLanguagesWithoutNamingAnyone() {
        for (String lang : List.of("es", "en", "fr", "pt")) {
            var learning = api().get("/learning?lang=" + lang);
            assertThat(learning.status()).isEqualTo(200);
            assertThat(learning.body()).contains("labour-mobility-diploma").contains("80 %");
            var mentoring = api().get("/mentoring?lang=" + lang);
            assertThat(mentoring.status()).isEqualTo(200);
            assertThat(mentoring.body()).contains("<table").doesNotContain("@");
        }
        // the demo round: mentee 1 (fair recruitment, care work; Spanish) is best served by mentor 2 (care work,
        // decent work; Spanish, Portuguese) or mentor 1 (fair recruitment; Spanish, English): 2 points each
        assertThat(api().get("/mentoring?lang=en").body()).contains("Mentor 1: 2 points").contains("Mentor 2: 2 points");
    }
}
