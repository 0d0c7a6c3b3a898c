package org.pacto.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacto.support.Api;
import org.pacto.support.Browser;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page with charts or multi-column forms, at a phone's width (390 px) and a laptop's (1,366 px):
 * chart labels (drawn on the server, platform.web.chart) are neither cut nor overlapping nor outside their chart,
 * bars stay inside it, every mark has its tooltip, form controls do not overlap
 * and the page never scrolls sideways (issue 16, "Looks"). Screenshots go to target/screenshots.
 */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutBrowserTest {

    /** Problems of the chart labels inside the elements matching arguments[0]. */
    private static final String CHART_PROBLEMS = """
            function rect(e) { var r = e.getBoundingClientRect(); return {l: r.left, t: r.top, r: r.right, b: r.bottom, w: r.width}; }
            function overlap(a, b) { return Math.min(a.r, b.r) - Math.max(a.l, b.l) > 1 && Math.min(a.b, b.b) - Math.max(a.t, b.t) > 1; }
            var problems = [];
            document.querySelectorAll(arguments[0]).forEach(function (chart) {
              var svg = chart.querySelector('svg');
              var box = rect(svg || chart);
              var name = (chart.querySelector('figcaption') || chart).textContent.trim().slice(0, 40);
              // bars, points and periods stay inside the drawing too
              Array.from(chart.querySelectorAll('svg rect, svg circle')).forEach(function (m) {
                var r = rect(m);
                if (r.l < box.l - 1 || r.r > box.r + 1 || r.t < box.t - 1 || r.b > box.b + 1) {
                  problems.push(name + ': mark outside the chart ' + JSON.stringify([r, box]));
                }
              });
              if (svg && chart.querySelectorAll('svg .mark').length !== chart.querySelectorAll('svg .mark > title').length) {
                problems.push(name + ': a mark without its tooltip');
              }
              var texts = Array.from(chart.querySelectorAll('svg text'))
                  .filter(function (t) { return t.textContent.trim() && rect(t).w > 0; });
              if (!texts.length) { problems.push(name + ': no labels drawn'); }
              texts.forEach(function (t, i) {
                var r = rect(t);
                if (/\\.\\.\\.|\\u2026/.test(t.textContent)) { problems.push(name + ': cut label "' + t.textContent + '"'); }
                if (r.l < box.l - 1 || r.r > box.r + 1 || r.t < box.t - 1 || r.b > box.b + 1) {
                  problems.push(name + ': label outside the chart "' + t.textContent + '" ' + JSON.stringify([r, box]));
                }
                texts.slice(i + 1).forEach(function (u) {
                  if (overlap(r, rect(u))) { problems.push(name + ': "' + t.textContent + '" overlaps "' + u.textContent + '"'); }
                });
              });
            });
            return problems;""";

    /** Overlapping controls in the forms matching arguments[0], and sideways scrolling of the page. */
    private static final String FORM_PROBLEMS = """
            function rect(e) { var r = e.getBoundingClientRect(); return {l: r.left, t: r.top, r: r.right, b: r.bottom, w: r.width, h: r.height}; }
            function overlap(a, b) { return Math.min(a.r, b.r) - Math.max(a.l, b.l) > 1 && Math.min(a.b, b.b) - Math.max(a.t, b.t) > 1; }
            function name(e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[' + e.name + ']' : '') + ' "' + (e.textContent || '').trim().slice(0, 30) + '"'; }
            var problems = [];
            var scroll = document.documentElement.scrollWidth - document.documentElement.clientWidth;
            if (scroll > 1) { problems.push('the page scrolls sideways by ' + scroll + ' px'); }
            document.querySelectorAll(arguments[0]).forEach(function (form) {
              var box = rect(form);
              var controls = Array.from(form.querySelectorAll('input:not([type=hidden]), select, textarea, button, label'))
                  .filter(function (e) { var r = rect(e); return r.w > 0 && r.h > 0 && !e.closest('.visually-hidden')
                      && !e.classList.contains('visually-hidden') && getComputedStyle(e).visibility !== 'hidden'; });
              controls.forEach(function (e, i) {
                var r = rect(e);
                if (r.l < box.l - 1 || r.r > box.r + 1) { problems.push(name(e) + ' sticks out of its form'); }
                controls.slice(i + 1).forEach(function (f) {
                  if (!e.contains(f) && !f.contains(e) && overlap(r, rect(f))) { problems.push(name(e) + ' overlaps ' + name(f)); }
                });
              });
            });
            return problems;""";

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

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"390, es", "1366, en", "390, pt", "1366, fr"})
    void thePledgeDashboardsChartsAreReadable(int width, String language) {
        size(width);
        get("/pledges?lang=" + language);
        List<?> charts = browser.driver().findElements(By.cssSelector("#pledge-charts figure"));
        assertThat(charts).hasSize(8);
        waitForCharts("#pledge-charts figure", charts.size());
        screenshot("pledges-" + width + "-" + language);
        assertThat(problems(CHART_PROBLEMS, "#pledge-charts figure")).as("chart labels at %d px", width).isEmpty();
        assertThat(problems(FORM_PROBLEMS, "form.filters")).as("filters at %d px", width).isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({"390", "1366"})
    void aPledgesTargetChartsAreReadable(int width) {
        size(width);
        String pledge = Api.at(port).get("/api/v1/pledges?q=Balón").json().get("items").get(0).get("id").asString();
        get("/pledges/" + pledge + "?lang=es");
        int charts = browser.driver().findElements(By.cssSelector("#pledge-targets figure")).size();
        if (charts > 0) {
            waitForCharts("#pledge-targets figure", charts);
        }
        screenshot("pledge-" + width);
        assertThat(problems(CHART_PROBLEMS, "#pledge-targets figure")).as("target charts at %d px", width).isEmpty();
        assertThat(problems(FORM_PROBLEMS, "form")).as("forms at %d px", width).isEmpty();
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"390, es", "1366, es", "1366, pt"})
    void theCalculatorsPeriodRowsDoNotOverlap(int width, String language) {
        size(width);
        get("/portability/calculator?lang=" + language);
        var driver = browser.driver();
        date("birthDate", "1959-03-10");
        date("claimDate", "2026-06-01");
        new Select(driver.findElement(By.id("claimCountry"))).selectByValue("ES");
        new Select(driver.findElement(By.id("periods0.country"))).selectByValue("EC");
        date("periods0.from", "1980-01-01");
        date("periods0.to", "1991-12-31");
        driver.findElement(By.cssSelector("button[value='add']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".period-row")).size() >= 2);
        screenshot("calculator-form-" + width + "-" + language);
        assertThat(problems(FORM_PROBLEMS, "form.calculator-form")).as("calculator form at %d px", width).isEmpty();
        new Select(driver.findElement(By.id("periods1.country"))).selectByValue("ES");
        date("periods1.from", "2000-01-01");
        date("periods1.to", "2025-12-31");
        driver.findElements(By.cssSelector("button[value='calculate']:not(.visually-hidden)")).getFirst().click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#portability-chart svg text")).isEmpty());
        screenshot("calculator-results-" + width + "-" + language);
        assertThat(problems(CHART_PROBLEMS, "#portability-chart")).as("calculator chart at %d px", width).isEmpty();
        assertThat(problems(FORM_PROBLEMS, "form")).as("calculator forms at %d px", width).isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({"390", "1366"})
    void otherPagesWithFormsOrSideBySideLists(int width) {
        size(width);
        for (String path : List.of("/practices?lang=es", "/objectives/9?lang=en", "/objectives/23?lang=es",
                "/principles/whole-of-society?lang=fr", "/portability?countries=ES&countries=EC&lang=pt")) {
            get(path);
            screenshot(path.replaceAll("[^a-z0-9]+", "-") + width);
            assertThat(problems(FORM_PROBLEMS, "form")).as("%s at %d px", path, width).isEmpty();
        }
    }

    private void size(int width) {
        browser.driver().manage().window().setSize(new Dimension(width, 900));
    }

    private void get(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    private void waitForCharts(String selector, int count) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                        + ".filter(function (c) { return c.querySelector('svg text'); }).length;", selector))
                .intValue() == count);
    }

    @SuppressWarnings("unchecked")
    private List<String> problems(String script, String selector) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(script, selector);
    }

    private void date(String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** For a person to look at: the assertions above are what the build checks. */
    private void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            var driver = browser.driver();
            Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollHeight;");
            Number width = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.clientWidth;");
            // the whole page, not only the window, without resizing it (a resize would redraw the charts)
            var shot = driver.executeCdpCommand("Page.captureScreenshot", java.util.Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", java.util.Map.of("x", 0, "y", 0, "width", width,
                            "height", Math.min(height.intValue(), 12000), "scale", 1)));
            Files.write(dir.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            // a missing screenshot does not change what the page does
        }
    }
}
