package org.pacto.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Translations typed on the pledge form; the page shows the visitor's language or says which it shows. */
@PactoTest
class PledgeTranslationsPageTest {

    static final String ENGLISH = "The municipality pledges to open a one-stop guidance desk for migrants in three "
            + "neighbourhoods and to publish every quarter how many enquiries it answered.";

    @LocalServerPort
    int port;

    @Test
    void translationsComeFromTheFormAndThePageSaysWhichLanguageItShows() {
        var account = DemoAccounts.withRole("focal-point");
        var session = Api.at(port);
        assertThat(session.submitForm("/login", "/login", Map.of("username", account.email(),
                "password", account.password())).status()).isEqualTo(302);
        assertThat(session.get("/pledges/new?lang=en").body()).contains("Translations (optional)", "Title in French");

        String title = "Ventanilla de orientación " + System.nanoTime();
        var fields = new HashMap<String, String>(Map.of("language", "es", "title", title,
                "description", PledgeFixture.DESCRIPTION, "type", "individual", "nature", "process",
                "objectives", "16", "countries", "AR", "deadline", "2028-12-31"));
        fields.putAll(Map.of("targets[0].name", "Consultas", "targets[0].unit", "consultas",
                "targets[0].baseline", "0", "targets[0].target", "100"));
        fields.putAll(Map.of("translations.en.title", "One-stop guidance desk", "translations.en.description",
                ENGLISH));
        var created = session.submitForm("/pledges/new", "/pledges/new", fields);
        assertThat(created.status()).isEqualTo(302);
        String location = created.header("Location");
        String path = location.substring(location.indexOf("/pledges/"), location.indexOf('?'));

        String english = session.get(path + "?lang=en").body();
        assertThat(english).contains("One-stop guidance desk", "one-stop guidance desk for migrants")
                .doesNotContain("shown in its original language");
        String french = session.get(path + "?lang=fr").body();
        assertThat(french).contains(title, "affiché dans sa langue d", "espagnol");
        String spanish = session.get(path + "?lang=es").body();
        assertThat(spanish).contains(title).doesNotContain("se muestra en su idioma original");
    }
}
