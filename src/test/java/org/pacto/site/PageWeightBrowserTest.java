package org.pacto.site;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacto.support.Api;
import org.pacto.support.Browser;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's budgets, on a phone with an empty cache: the first view of every public page of the
 * existing modules transfers at most 100 KB (HTML, CSS, scripts, fonts, data: Resource Timing's
 * transferSize, i.e. compressed bytes on the wire), a page with a chart or a map at most 250 KB; no page
 * loads a chart library (charts are SVG in the HTML). Console errors and CSP violations fail it too
 * ({@link Browser#close()}).
 */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageWeightBrowserTest {

    static final long PLAIN = 100 * 1024;
    static final long WITH_CHART_OR_MAP = 250 * 1024;

    private static final String TRANSFERRED = """
            var nav = performance.getEntriesByType('navigation')[0];
            var total = nav.transferSize;
            var names = [];
            performance.getEntriesByType('resource').forEach(function (r) { total += r.transferSize; names.push(r.name); });
            return {total: total, names: names};""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    private Browser browser;

    @BeforeAll
    void open() {
        browser = Browser.phone();
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void everyPublicPageKeepsItsBudget() {
        String practice = jdbc.sql("select id::text from practices.practice where demo_key = 'quilmes-mobile-consulates'")
                .query(String.class).single();
        String pledge = Api.at(port).get("/api/v1/pledges?q=Balón").json().get("items").get(0).get("id").asString();
        var plain = List.of("/", "/objectives", "/objectives/9", "/principles", "/practices?q=consulado",
                "/practices/" + practice, "/portability", "/organisations", "/login",
                // the main public pages of the modules that came later
                "/api", "/reviews", "/indicators", "/skills", "/financing");
        var heavy = List.of("/pledges", "/pledges/" + pledge, "/pledges/map", "/observatories/rivera", "/dialogue",
                "/services");
        var over = new ArrayList<String>();
        for (String path : plain) {
            check(path, PLAIN, over);
        }
        for (String path : heavy) {
            check(path, WITH_CHART_OR_MAP, over);
        }
        assertThat(over).as("pages over their budget").isEmpty();
    }

    @Test
    void theCalculatorWithAResultKeepsTheChartBudget() {
        fresh();
        browser.driver().get(url("/portability/calculator?lang=es"));
        var driver = browser.driver();
        ((JavascriptExecutor) driver).executeScript("""
                document.getElementById('birthDate').value = '1959-03-10';
                document.getElementById('claimDate').value = '2026-06-01';
                document.getElementById('periods0.from').value = '1980-01-01';
                document.getElementById('periods0.to').value = '2005-12-31';""");
        new Select(driver.findElement(By.id("claimCountry"))).selectByValue("ES");
        new Select(driver.findElement(By.id("periods0.country"))).selectByValue("EC");
        driver.findElements(By.cssSelector("button[value='calculate']:not(.visually-hidden)")).getFirst().click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#portability-chart svg .mark")).isEmpty());
        long total = transferred("/portability/calculator (with a result)");
        assertThat(total).isLessThanOrEqualTo(WITH_CHART_OR_MAP);
    }

    private void check(String path, long budget, List<String> over) {
        fresh();
        browser.driver().get(url(path + (path.contains("?") ? "&" : "?") + "lang=es"));
        if (path.equals("/pledges/map")) {
            // the map loads Leaflet and the shapes once it is in view: wait for them, they count
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("pledge-map")).getAttribute("data-ready") != null);
        }
        long total = transferred(path);
        if (total > budget) {
            over.add(path + ": " + total + " bytes > " + budget);
        }
    }

    @SuppressWarnings("unchecked")
    private long transferred(String what) {
        var result = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(TRANSFERRED);
        var names = (List<String>) result.get("names");
        assertThat(names).as("%s loads no chart library", what).noneMatch(n -> n.contains("echarts"));
        long total = ((Number) result.get("total")).longValue();
        assertThat(total).as("%s transfers something", what).isGreaterThan(1000);
        System.out.println("page weight " + what + ": " + total + " bytes, " + (names.size() + 1) + " requests");
        return total;
    }

    private void fresh() {
        browser.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
