package org.pacto.practices;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PactoTest
class PracticePagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String demoId(String key) {
        return jdbc.sql("select id::text from practices.practice where demo_key = ?").param(key).query(String.class)
                .single();
    }

    Api signedIn(String email) {
        return PracticeFixtures.at(port).signedIn(email);
    }

    @Test
    void theSearchPageShowsFacetsHighlightsAndExports() {
        var page = Api.at(port).get("/practices?q=consulado%20movil");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>").contains("Consulados").contains("/practices/export.csv?q=");
        var filtered = Api.at(port).get("/practices?objective=4&language=es");
        assertThat(filtered.body()).contains("aria-current=\"true\"");
        var english = Api.at(port).get("/practices?lang=en");
        assertThat(english.body()).contains("Good practices").contains("Filters");
    }

    @Test
    void aPracticePageShowsEveryPublicFieldAndNeverTheContactOrScores() {
        String id = demoId("quilmes-mobile-consulates");
        var page = Api.at(port).get("/practices/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Consulados móviles").contains("/objectives/").contains("Revisada por pares")
                .contains("practice-map").contains("data-lat=").contains("Cómo citar").contains("/webjars/leaflet/dist/leaflet-")
                .doesNotContain("applicability");
        var english = Api.at(port).get("/practices/" + id + "?lang=en");
        assertThat(english.body()).contains("Mobile consulates in Quilmes").contains("Peer reviewed");
        String inReview = jdbc.sql("select id::text from practices.practice where status = 'in-review' limit 1")
                .query(String.class).single();
        assertThat(Api.at(port).get("/practices/" + inReview).status()).isEqualTo(404);
    }

    @Test
    void objectivePagesListTheirPractices() {
        var page = Api.at(port).get("/objectives/1");
        assertThat(page.body()).contains("Censo Demográfico 2022");
    }

    @Test
    void openDataAndFeed() {
        var csv = Api.at(port).get("/practices/export.csv?objective=1");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("id,title,summary").contains("Censo Demográfico 2022");
        var json = Api.at(port).get("/practices/export.json?country=BR");
        assertThat(json.json().get("total").asInt()).isGreaterThanOrEqualTo(1);
        var atom = Api.at(port).get("/practices/feed.atom");
        assertThat(atom.contentType()).startsWith("application/atom+xml");
        assertThat(atom.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">").contains("<entry>");
    }

    @Test
    void aFocalPointSavesADraftWithInlineErrorsThenSubmitsIt() {
        Api api = signedIn("quilmes@pacto.demo");
        var form = api.get("/practices/new");
        assertThat(form.status()).isEqualTo(200);
        var refused = api.submitForm("/practices/new", "/practices/new", Map.of("language", "es",
                "title", "Huertas comunitarias con familias migrantes", "summary", "Huertas."));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("field-error").contains("Indique al menos un objetivo");
        var saved = api.submitForm("/practices/new", "/practices/new", Map.of("language", "es",
                "title", "Huertas comunitarias con familias migrantes", "summary", "Huertas en barrios.",
                "description", "Huertas con familias migrantes de la ACNUR.", "objectives", "16",
                "countries", "AR", "startDate", "2022-05-01", "results", "30 huertas.", "level", "local",
                "type", "project"));
        assertThat(saved.status()).isEqualTo(302);
        String location = saved.header("Location");
        String id = location.replaceAll(".*/practices/([0-9a-f-]{36})/edit.*", "$1");
        var edit = api.get("/practices/" + id + "/edit");
        assertThat(edit.body()).contains("value=\"Huertas comunitarias con familias migrantes\"")
                .contains("id=\"attachments-heading\"").contains("/practices/" + id + "/attachments");
        var confirm = api.get("/practices/" + id + "/submit");
        assertThat(confirm.body()).contains("ACNUR");
        var submitted = api.submitForm("/practices/" + id + "/submit", "/practices/" + id + "/submit", Map.of());
        assertThat(submitted.status()).isEqualTo(302);
        assertThat(jdbc.sql("select status from practices.practice where id = ?::uuid").param(id)
                .query(String.class).single()).isEqualTo("submitted");
        var secretariat = signedIn("secretaria@pacto.demo");
        var screening = secretariat.get("/practices/" + id + "/screening");
        assertThat(screening.status()).isEqualTo(200);
        assertThat(screening.body()).contains("revisora.cepal@pacto.demo");
    }
}
