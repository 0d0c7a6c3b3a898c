package org.pacto.pledges;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacto.support.Api;
import org.pacto.support.Browser;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard, the map and a pledge page in headless Chromium: they draw, and axe finds nothing serious. */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PledgeBrowserTest {

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void pagesDrawAndHaveNoSeriousAccessibilityViolations(String language) {
        String pledge = Api.at(port).get("/api/v1/pledges?q=Balón").json().get("items").get(0).get("id").asString();
        browser.driver().get(url("/pledges?lang=" + language));
        waiting().until(d -> !d.findElements(By.cssSelector("#pledge-charts figure svg")).isEmpty());
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.seriousViolations()).as("dashboard in %s", language).isEmpty();

        browser.driver().get(url("/pledges/map?lang=" + language));
        waiting().until(d -> d.findElement(By.id("pledge-map")).getAttribute("data-ready") != null);
        assertThat(browser.seriousViolations()).as("map in %s", language).isEmpty();

        browser.driver().get(url("/pledges/" + pledge + "?lang=" + language));
        waiting().until(d -> !d.findElements(By.cssSelector("#pledge-targets figure svg")).isEmpty());
        assertThat(browser.seriousViolations()).as("pledge page in %s", language).isEmpty();
    }

    @Test
    void theMapDrawsCountryShapesAndListsAChosenCountrysPledges() {
        browser.driver().get(url("/pledges/map?lang=es"));
        waiting().until(d -> d.findElement(By.id("pledge-map")).getAttribute("data-ready") != null);
        assertThat(Integer.parseInt(browser.driver().findElement(By.id("pledge-map")).getAttribute("data-ready")))
                .isGreaterThan(150);
        assertThat(browser.driver().findElements(By.cssSelector("#pledge-map path.leaflet-interactive")).size())
                .isGreaterThan(150);
        browser.driver().findElement(By.id("map-country")).sendKeys("Argentina");
        browser.driver().findElement(By.cssSelector("#map-search button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#map-list li a")).isEmpty());
        assertThat(browser.driver().findElement(By.id("map-list")).getText()).contains("capital semilla");
    }
}
