package org.pacto.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacto.support.Browser;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service points on a phone-sized window, and a point's page: they draw, and axe finds nothing serious. */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicesBrowserTest {

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void theServicePointsAndAPointDrawOnAPhoneWithNoSeriousAccessibilityViolations(String language) {
        browser.driver().get(url("/services?lang=" + language));
        // Leaflet loads when the map comes into view (issue 19)
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.driver().findElement(By.id("services-map")));
        waiting().until(d -> d.findElement(By.id("services-map")).getAttribute("data-ready") != null);
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(Integer.parseInt(browser.driver().findElement(By.id("services-map")).getAttribute("data-ready")))
                .isGreaterThanOrEqualTo(10);
        assertThat(browser.driver().findElements(By.cssSelector("#services-map path.leaflet-interactive")).size())
                .isGreaterThanOrEqualTo(10);
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .contains(language.equals("es") ? "Dato sintético de demostración" : "Synthetic demo data");
        assertThat(browser.seriousViolations()).as("/services in %s", language).isEmpty();

        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("f-service")))
                .selectByValue("returnee-reintegration");
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("service=returnee-reintegration"));
        browser.driver().findElement(By.cssSelector(".service-list li h3 a")).click();
        // Leaflet loads when the map comes into view (issue 19)
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.driver().findElement(By.id("point-map")));
        waiting().until(d -> d.findElement(By.id("point-map")).getAttribute("data-ready") != null);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).containsAnyOf("Ventanilla", "Centro");
        assertThat(browser.seriousViolations()).as("a point in %s", language).isEmpty();
    }
}
