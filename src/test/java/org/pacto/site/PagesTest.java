package org.pacto.site;

import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages over HTTP: language, content, errors and weight. */
@PactoTest
class PagesTest {

    @LocalServerPort
    int port;

    @Test
    void theHomePageShowsTheTwentyThreeObjectivesInTheVisitorsLanguage() {
        var spanish = Api.at(port).get("/");
        assertThat(spanish.status()).isEqualTo(200);
        assertThat(spanish.body()).contains("<html lang=\"es\"").contains("Los 23 objetivos del Pacto");
        assertThat(spanish.body().split("class=\"tile tile-").length - 1).isEqualTo(23);
        var english = Api.at(port).withHeader("Accept-Language", "en").get("/");
        assertThat(english.body()).contains("<html lang=\"en\"").contains("The Compact's 23 objectives".replace("'", "&#39;"));
        assertThat(spanish.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .as("home page weight").isLessThan(100 * 1024);
    }

    @Test
    void aChosenLanguageIsKeptAndTheSwitcherStaysOnThePage() {
        var visitor = Api.at(port);
        var french = visitor.get("/objectives/7?lang=fr");
        assertThat(french.body()).contains("<html lang=\"fr\"").contains("Objectif 7");
        assertThat(french.body()).contains("href=\"/objectives/7?lang=pt\"").contains("href=\"/objectives/7?lang=en\"");
        assertThat(visitor.get("/principles").body()).as("kept in a cookie").contains("<html lang=\"fr\"");
    }

    @Test
    void anObjectivePageHasItsCommitmentAndLocalActions() {
        var page = Api.at(port).get("/objectives/15?lang=en").body();
        assertThat(page).contains("Objective 15").contains("Commitment").contains("Actions for local authorities");
        var portuguese = Api.at(port).get("/objectives/15?lang=pt").body();
        assertThat(portuguese).contains("Tradução não oficial");
    }

    @Test
    void principlePagesAndTheOrganisationDirectory() {
        assertThat(Api.at(port).get("/principles/child-sensitive?lang=es").body()).contains("15 h)");
        var directory = Api.at(port).get("/organisations").body();
        assertThat(directory).contains("Municipalidad de Quilmes").contains("H. Ayuntamiento de Tapachula")
                .doesNotContain("@pacto.demo");
    }

    @Test
    void unknownPagesAreLocalisedErrorsNotStackTraces() {
        var missing = Api.at(port).withHeader("Accept-Language", "en").get("/objectives/42");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.body()).contains("Not found").doesNotContain("Exception");
        var nowhere = Api.at(port).get("/no-existe");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.body()).contains("Esta página no existe");
    }

    @Test
    void healthAndOpenApi() {
        assertThat(Api.at(port).get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        var openApi = Api.at(port).get("/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("paths").has("/api/v1/objectives")).isTrue();
    }
}
