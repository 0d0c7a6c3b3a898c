package org.pacto.practices;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.pacto.support.Browser;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page and a practice page in headless Chromium, in Spanish and English, checked by axe-core. */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticesBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    private Browser browser;

    @BeforeAll
    void open() {
        browser = Browser.desktop();
    }

    @AfterAll
    void close() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void searchAndPracticePagesHaveNoSeriousViolations(String language) {
        browser.driver().get(url("/practices?q=consulado+movil&lang=" + language));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.driver().findElements(By.cssSelector("ol.results li"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(browser.seriousViolations()).as("axe on the search page in %s", language).isEmpty();

        browser.driver().get(url("/practices?objective=1&lang=" + language));
        assertThat(browser.seriousViolations()).as("axe on a filtered search in %s", language).isEmpty();

        String id = jdbc.sql("select id::text from practices.practice where demo_key = 'quilmes-mobile-consulates'")
                .query(String.class).single();
        browser.driver().get(url("/practices/" + id + "?lang=" + language));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo(language.equals("en") ? "Mobile consulates in Quilmes neighbourhoods"
                        : "Consulados móviles en los barrios de Quilmes");
        assertThat(browser.driver().findElements(By.cssSelector("#practice-map.leaflet-container"))).hasSize(1);
        assertThat(browser.seriousViolations()).as("axe on a practice page in %s", language).isEmpty();
    }
}
