package org.pacto.practices;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PactoTest
class DemoPracticesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theSeedsPracticesArePublishedWithTheirPeerReviews() {
        assertThat(count("select count(*) from practices.practice where demo_key is not null")).isEqualTo(25);
        assertThat(count("select count(*) from practices.practice where demo_key is not null and status in "
                + "('published', 'published-as-promising')")).isGreaterThanOrEqualTo(15);
        assertThat(count("select count(*) from practices.practice where demo_key is not null and status = 'in-review'"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("""
                select count(*) from practices.practice p where p.demo_key is not null
                and p.status in ('published', 'published-as-promising')
                and not exists (select 1 from practices.peer_review r where r.practice_id = p.id)""")).isZero();
        assertThat(count("""
                select count(distinct a.reviewer_email) from practices.review_assignment a
                join practices.practice p on p.id = a.practice_id where p.demo_key is not null""")).isEqualTo(3);
    }

    @Test
    void theIssuesExampleIsFound() {
        String id = jdbc.sql("select id::text from practices.practice where demo_key = 'quilmes-mobile-consulates'")
                .query(String.class).single();
        var answer = Api.at(port).get("/api/v1/practices?q=consulado%20movil").json();
        var titles = new java.util.ArrayList<String>();
        var ids = new java.util.ArrayList<String>();
        answer.get("items").forEach(i -> {
            titles.add(i.get("title").asString());
            ids.add(i.get("id").asString());
        });
        assertThat(ids).contains(id);
        assertThat(titles.getFirst()).containsIgnoringCase("consulados móviles");
        var english = Api.at(port).withHeader("Accept-Language", "en").get("/api/v1/practices?q=mobile%20consulate")
                .json();
        var englishTitles = new java.util.ArrayList<String>();
        english.get("items").forEach(i -> englishTitles.add(i.get("title").asString()));
        assertThat(englishTitles).anyMatch(t -> t.equals("Mobile consulates in Quilmes neighbourhoods")
                || t.toLowerCase().contains("mobile consulates"));
    }

    @Test
    void publishedPracticesShowTheMarkNeverTheScores() {
        String id = jdbc.sql("select id::text from practices.practice where demo_key = 'quilmes-mobile-consulates'")
                .query(String.class).single();
        var shown = Api.at(port).get("/api/v1/practices/" + id);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("peerReviewed").asBoolean()).isTrue();
        assertThat(shown.json().get("latitude").isNull()).isFalse();
        assertThat(shown.body()).doesNotContain("applicability").doesNotContain("scores");
        String inReview = jdbc.sql("select id::text from practices.practice where status = 'in-review' "
                + "and demo_key is not null limit 1").query(String.class).single();
        assertThat(Api.at(port).get("/api/v1/practices/" + inReview).status()).isEqualTo(404);
    }

    @Test
    void loadingTwiceAddsNothingAndPublicationReachesTheActivityFeed() throws Exception {
        long before = count("select count(*) from practices.practice");
        ApplicationArguments args = new DefaultApplicationArguments();
        for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getName().contains("DemoPractices")) {
                runner.run(args);
            }
        }
        assertThat(count("select count(*) from practices.practice")).isEqualTo(before);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long published = 0;
        while (System.nanoTime() < deadline) {
            published = count("select count(*) from site.activity where kind = 'practice-published'");
            if (published >= 15) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(published).isGreaterThanOrEqualTo(15);
    }
}
