package org.pacto.platform.web.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.pacto.support.Browser;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reference page ({@code /api}) in two languages: reached from the footer, Pacto's own words in the
 * page's language, the getting-started examples and every module's operations shown, no serious axe-core
 * violation, and nothing refused by the Content-Security-Policy (no script or style of its own).
 */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiReferenceBrowserTest {

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
    @CsvSource({"es, La API de Pacto, Primeros pasos", "fr, L'API de Pacto, Premiers pas"})
    void theReferenceIsReachedFromTheFooterAndAccessible(String language, String title, String gettingStarted) {
        browser.driver().get("http://localhost:" + port + "/?lang=" + language);
        browser.driver().findElement(By.cssSelector("footer a[href='/api']")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/api");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.driver().findElement(By.id("getting-started-title")).getText()).isEqualTo(gettingStarted);
        assertThat(browser.driver().findElements(By.cssSelector("#getting-started pre code")))
                .hasSize(GettingStarted.examples().size());
        assertThat(browser.driver().findElements(By.cssSelector("section[id^=module-]")))
                .extracting(e -> e.getAttribute("id"))
                .contains("module-identity", "module-practices", "module-pledges", "module-portability",
                        "module-taxonomy");

        var operation = browser.driver().findElement(By.id("practicesSubmit"));
        operation.findElement(By.tagName("summary")).click();
        assertThat(operation.getAttribute("open")).isNotNull();
        assertThat(operation.getText()).contains("POST /api/v1/practices/{id}/submit", "401", "403", "404");

        assertThat(browser.seriousViolations()).as("axe on /api in %s", language).isEmpty();
        // the strict CSP allows no inline script or style: the page has none of its own
        assertThat(browser.driver().findElements(By.cssSelector("script:not([src]), style, [style]"))).isEmpty();
    }

    /** {@code /api} is a page of the site, not of the API: a signed-in person stays signed in on it. */
    @org.junit.jupiter.api.Test
    void theReferenceIsAPageWithTheSession() {
        try (var session = Browser.desktop()) {
            var account = org.pacto.support.DemoAccounts.withRole("focal-point");
            session.driver().get("http://localhost:" + port + "/login?lang=es");
            session.driver().findElement(By.id("username")).sendKeys(account.email());
            session.driver().findElement(By.id("password")).sendKeys(account.password());
            session.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
            session.driver().get("http://localhost:" + port + "/api");
            assertThat(session.driver().findElements(By.cssSelector("form[action='/logout']"))).hasSize(1);
        }
    }
}
