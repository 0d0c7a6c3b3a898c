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
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page's featured collections, a collection page and a practice's version history, checked by axe-core. */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeCollectionsBrowserTest {

    @LocalServerPort
    int port;
    private Browser browser;

    @BeforeAll
    void open() {
        browser = Browser.desktop();
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void featuredCollectionsLeadToTheirPractices(String language) {
        browser.driver().get("http://localhost:" + port + "/?lang=" + language);
        var cards = browser.driver().findElements(By.cssSelector(".collection-card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.driver().findElement(By.id("collections-heading")).getText())
                .isEqualTo(language.equals("en") ? "Featured collections of good practices"
                        : "Colecciones destacadas de buenas prácticas");
        assertThat(browser.seriousViolations()).as("axe on the home page in %s", language).isEmpty();

        cards.getFirst().findElement(By.cssSelector("h3 a")).click();
        assertThat(browser.driver().getCurrentUrl()).contains("/practices/collections/");
        var practices = browser.driver().findElements(By.cssSelector(".collection-list h2 a"));
        assertThat(practices).isNotEmpty();
        assertThat(browser.seriousViolations()).as("axe on a collection page in %s", language).isEmpty();

        practices.getFirst().click();
        assertThat(browser.driver().findElements(By.cssSelector("section.versions tbody tr"))).isNotEmpty();
        assertThat(browser.seriousViolations()).as("axe on a practice page with its versions in %s", language)
                .isEmpty();
    }
}
