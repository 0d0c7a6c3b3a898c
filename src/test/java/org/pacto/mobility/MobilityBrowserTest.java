package org.pacto.mobility;

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

/** /skills (two countries side by side) and the model page on a phone: they draw, and axe finds nothing serious. */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MobilityBrowserTest {

    @LocalServerPort
    int port;
    private Browser browser;

    @BeforeAll
    void open() {
        browser = Browser.phone();
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "pt"})
    void skillsAndTheModelPageHaveNoSeriousAccessibilityViolations(String language) {
        browser.driver().get("http://localhost:" + port + "/skills?country=CR&compare=DO&occupation=2211&lang="
                + language);
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.driver().findElements(By.cssSelector(".result-card svg rect"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".result-card"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.seriousViolations()).as("/skills in %s", language).isEmpty();

        browser.driver().get("http://localhost:" + port + "/labour-demand/care-synthetic?lang=" + language);
        assertThat(browser.driver().findElements(By.cssSelector("svg polyline"))).hasSize(4);
        assertThat(browser.seriousViolations()).as("model page in %s", language).isEmpty();

        browser.driver().get("http://localhost:" + port + "/skills/demand?lang=" + language);
        assertThat(browser.seriousViolations()).as("/skills/demand in %s", language).isEmpty();

        browser.driver().get("http://localhost:" + port + "/learning?lang=" + language);
        assertThat(browser.driver().findElements(By.cssSelector(".result-card"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.seriousViolations()).as("/learning in %s", language).isEmpty();

        browser.driver().get("http://localhost:" + port + "/mentoring?lang=" + language);
        assertThat(browser.driver().findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(browser.seriousViolations()).as("/mentoring in %s", language).isEmpty();
    }
}
