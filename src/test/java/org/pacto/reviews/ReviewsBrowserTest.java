package org.pacto.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.pacto.support.Api;
import org.pacto.support.Browser;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The reviews' public profile pages and the government's editing page in headless Chromium, checked by axe. */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewsBrowserTest {

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

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void profilePagesDrawTheStripAndHaveNoSeriousViolations(String language) {
        String cycle = Api.at(port).get("/api/v1/reviews/cycles").json().valueStream()
                .filter(c -> c.get("demo").asBoolean()).findFirst().orElseThrow().get("id").asString();
        JsonNode quilmes = Api.at(port).get("/api/v1/reviews/cycles/" + cycle + "/coherence?country=AR").json()
                .get("inventories").valueStream().filter(i -> i.get("level").asString().equals("local"))
                .findFirst().orElseThrow();
        browser.driver().get(url("/reviews?lang=" + language));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.seriousViolations()).as("/reviews in %s", language).isEmpty();

        browser.driver().get(url("/reviews/" + cycle + "/" + quilmes.get("organisation").asString() + "?lang="
                + language));
        assertThat(browser.driver().findElements(By.cssSelector(".coverage-strip svg rect"))).hasSize(23);
        assertThat(browser.driver().findElement(By.cssSelector(".coverage-strip svg")).getAttribute("aria-label"))
                .isNotBlank();
        assertThat(browser.driver().findElement(By.cssSelector("p.note")).getText()).isNotBlank();
        assertThat(browser.seriousViolations()).as("Quilmes's inventory in %s", language).isEmpty();

        browser.driver().get(url("/profiles/countries/AR?lang=" + language));
        assertThat(browser.driver().findElements(By.cssSelector(".coverage-strip"))).hasSize(2);
        assertThat(browser.seriousViolations()).as("Argentina's profile in %s", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void theEditingPageShowsItsErrorsBesideTheFieldsAccessibly(String language) {
        var today = LocalDate.now();
        String cycle = Api.at(port).withToken(DemoAccounts.withRole("secretariat").token()).post(
                "/api/v1/reviews/cycles", Map.of("title", "Ciclo del navegador " + language, "forum", "national",
                        "referenceDate", "2026-06-30", "opens", today.minusDays(1).toString(),
                        "closes", today.plusDays(10).toString())).json().get("id").asString();
        var account = DemoAccounts.byEmail("migraciones.ar@pacto.demo");
        var started = Api.at(port).withToken(account.token())
                .post("/api/v1/reviews/cycles/" + cycle + "/inventories", Map.of());
        assertThat(started.status()).isEqualTo(201);
        try (Browser session = Browser.desktop()) {
            session.driver().get(url("/login?lang=" + language));
            session.driver().findElement(By.id("username")).sendKeys(account.email());
            session.driver().findElement(By.id("password")).sendKeys(account.password());
            session.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
            String organisation = Api.at(port).withToken(account.token())
                    .get("/api/v1/reviews/inventories/" + started.json().get("id").asString()).json()
                    .get("organisation").asString();
            session.driver().get(url("/reviews/" + cycle + "/" + organisation + "?lang=" + language));
            assertThat(session.driver().findElements(By.id("f-title"))).hasSize(1);
            assertThat(session.seriousViolations()).as("the editing page in %s", language).isEmpty();
            session.driver().findElement(By.cssSelector("#h-add + form button[type=submit]")).click();
            assertThat(session.driver().findElement(By.id("e-title")).getText()).isNotBlank();
            assertThat(session.driver().findElement(By.id("f-title")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(session.seriousViolations()).as("the editing page with errors in %s", language).isEmpty();
        }
    }
}
