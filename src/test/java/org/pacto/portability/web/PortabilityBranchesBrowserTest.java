package org.pacto.portability.web;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacto.support.Browser;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calculator's long-term branches in the four languages: a Portuguese widow(er)'s pension (Decreto-Lei
 * 322/90: 60 % of the deceased's pension, EUR 683.62 after 30 years on EUR 1,000 → EUR 410.17) and an
 * Argentine invalidity (70 % of the ingreso base), each result checked and the page axe-clean.
 */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortabilityBranchesBrowserTest {

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
    @ValueSource(strings = {"es", "en", "fr", "pt"})
    void survivorsAndInvalidityOnTheCalculator(String language) {
        calculate(language, "survivors", "spouse", "PT", "1995-01-01", "2024-12-31", "1000",
                "410[.,]17\\s*EUR");
        assertThat(browser.seriousViolations()).as("axe on survivors' results in %s", language).isEmpty();

        calculate(language, "invalidity", "", "AR", "2022-01-01", "2024-12-31", "800000",
                "560[.,\\s\u00a0\u202f]?000[.,]00\\s*ARS");
        assertThat(browser.seriousViolations()).as("axe on invalidity results in %s", language).isEmpty();
    }

    private void calculate(String language, String benefit, String relationship, String country, String from,
            String to, String wage, String expectedAmount) {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/portability/calculator?lang=" + language);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        new Select(driver.findElement(By.id("benefit"))).selectByValue(benefit);
        date("birthDate", "1970-01-01");
        new Select(driver.findElement(By.id("sex"))).selectByValue("male");
        date("claimDate", "2025-03-01");
        date("contingencyDate", "2025-01-15");
        new Select(driver.findElement(By.id("relationship"))).selectByValue(relationship);
        new Select(driver.findElement(By.id("claimCountry"))).selectByValue(country);
        new Select(driver.findElement(By.id("periods0.country"))).selectByValue(country);
        date("periods0.from", from);
        date("periods0.to", to);
        // The reference-wage field of a country appears once the form knows the country's periods.
        driver.findElements(By.cssSelector("button[value='calculate']:not(.visually-hidden)")).getFirst().click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("wages" + country)).isEmpty());
        driver.findElement(By.id("wages" + country)).sendKeys(wage);
        driver.findElements(By.cssSelector("button[value='calculate']:not(.visually-hidden)")).getFirst().click();
        // htmx swaps the results while the wait reads them: a stale card is read again on the next poll.
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                        By.cssSelector("#calculator-output .result-card .amount-due")).stream()
                .anyMatch(a -> a.getText().matches(expectedAmount)));
    }

    /** Date inputs take the value through script: typing depends on the browser's locale format. */
    private void date(String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}
