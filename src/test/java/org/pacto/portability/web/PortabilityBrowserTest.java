package org.pacto.portability.web;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacto.support.Browser;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The calculator on a phone in headless Chromium: add a period, calculate, chart drawn, axe clean. */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortabilityBrowserTest {

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
    @ValueSource(strings = {"es", "en"})
    void theCalculatorOnAPhone(String language) {
        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/portability/calculator?lang=" + language);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.seriousViolations()).as("axe on the empty calculator in %s", language).isEmpty();

        date("birthDate", "1959-03-10");
        new Select(driver.findElement(By.id("sex"))).selectByValue("female");
        date("claimDate", "2026-06-01");
        new Select(driver.findElement(By.id("claimCountry"))).selectByValue("ES");
        period(0, "EC", "1980-01-01", "1991-12-31");
        period(1, "ES", "2000-01-01", "2025-12-31");
        driver.findElement(By.cssSelector("button[value='add']")).click();
        // Adding and removing a row reload the form: wait for the new page rather than reading the old one.
        rows(3);
        driver.findElement(By.id("wagesES")).sendKeys("1200");
        driver.findElement(By.cssSelector("button[value='remove'], button[name='remove'][value='2']")).click();
        rows(2);
        List<WebElement> calculate = driver.findElements(By.cssSelector("button[value='calculate']:not(.visually-hidden)"));
        var js = (JavascriptExecutor) driver;
        js.executeScript("window.pactoSamePage = true;");
        calculate.getFirst().click();

        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#calculator-output .result-card")).size() == 2);
        assertThat(js.executeScript("return window.pactoSamePage === true;"))
                .as("htmx replaced only the results: the page was not reloaded").isEqualTo(true);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("results-heading");
        assertThat(driver.findElement(By.id("portability-chart")).findElements(By.tagName("svg"))).isNotEmpty();
        Number width = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        Object wide = js.executeScript("""
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 8);""");
        assertThat(width.intValue()).as("no horizontal scrolling on a phone; too wide: %s", wide).isLessThanOrEqualTo(0);
        assertThat(browser.seriousViolations()).as("axe on the results in %s", language).isEmpty();

        driver.get("http://localhost:" + port + "/portability?countries=ES&countries=EC&lang=" + language);
        assertThat(browser.seriousViolations()).as("axe on the landing page in %s", language).isEmpty();
        driver.get("http://localhost:" + port + "/portability/agreements/cmiss?lang=" + language);
        assertThat(browser.seriousViolations()).as("axe on an agreement page in %s", language).isEmpty();
        driver.get("http://localhost:" + port + "/portability/countries/ES?lang=" + language);
        assertThat(browser.seriousViolations()).as("axe on a country page in %s", language).isEmpty();
    }

    /** Date inputs take the value through script: typing depends on the browser's locale format. */
    private void date(String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, value);
    }

    private void period(int row, String country, String from, String to) {
        new Select(browser.driver().findElement(By.id("periods" + row + ".country"))).selectByValue(country);
        date("periods" + row + ".from", from);
        date("periods" + row + ".to", to);
    }

    private void rows(int expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".period-row")).size() == expected);
        assertThat(browser.driver().findElements(By.cssSelector(".period-row"))).hasSize(expected);
    }
}
