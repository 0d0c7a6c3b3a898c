package org.pacto.indicators;

import static org.assertj.core.api.Assertions.assertThat;

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

/** An indicator page, a corridor and Rivera's observatory in headless Chromium: drawn, and nothing serious for axe. */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsBrowserTest {

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
    void pagesDrawAndHaveNoSeriousAccessibilityViolations(String language) {
        // US-MX also shows the World Bank's published corridor average (real reference data)
        for (String path : new String[] {"/indicators/10.c.1", "/remittances/BR-UY", "/remittances/US-MX",
            "/observatories/rivera"}) {
            browser.driver().get("http://localhost:" + port + path + "?lang=" + language);
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            assertThat(browser.driver().findElements(By.cssSelector("figure.chart-box svg.chart-svg .mark title"))).as(path).isNotEmpty();
            assertThat(browser.seriousViolations()).as("%s in %s", path, language).isEmpty();
        }
    }
}
