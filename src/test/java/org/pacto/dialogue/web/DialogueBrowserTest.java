package org.pacto.dialogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacto.support.Api;
import org.pacto.support.Browser;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registration (on a phone), ballot and report pages in headless Chromium, in Spanish and French: they work
 * and axe-core finds no serious accessibility violation.
 */
@PactoTest
@Tag("browser")
class DialogueBrowserTest {

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Api secretariat() {
        return Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr"})
    void registrationOnAPhoneIsAccessibleAndRefusesASecondRegistrationOfTheSameEmail(String language) {
        String event = secretariat().post("/api/v1/dialogue/events", Map.of("title", "Diálogo " + language,
                "modality", "online", "sessions", List.of(Map.of("topic", "Inclusión", "objectives", List.of(16),
                        "starts", Instant.now().plus(3, ChronoUnit.DAYS).toString(),
                        "ends", Instant.now().plus(3, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS).toString()))))
                .json().get("id").asString();
        try (var phone = Browser.phone()) {
            var driver = phone.driver();
            for (int attempt = 0; attempt < 2; attempt++) {
                driver.get(url("/dialogue/events/" + event + "?lang=" + language));
                assertThat(phone.seriousViolations()).as("event page in %s", language).isEmpty();
                driver.findElement(By.id("r-name")).sendKeys("Persona de prueba");
                driver.findElement(By.id("r-email")).sendKeys("navegador." + language + "@example.org");
                driver.findElement(By.id("r-organisation")).sendKeys("Colectivo de prueba");
                new Select(driver.findElement(By.id("r-country"))).selectByValue("UY");
                new Select(driver.findElement(By.id("r-sector"))).selectByValue("civil-society");
                driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                        !d.findElements(By.cssSelector("[role=status], [role=alert]")).isEmpty());
                assertThat(phone.seriousViolations()).as("after registering in %s", language).isEmpty();
            }
            // the second time, the same address is refused and the form says why
            assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr"})
    void ballotAndReportPagesAreAccessible(String language) {
        String consultation = secretariat().post("/api/v1/dialogue/consultations", Map.of("question", "¿Tema?",
                "options", List.of(Map.of("key", "a", "label", "Tema A"), Map.of("key", "b", "label", "Tema B")),
                "winners", 1, "opens", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                "closes", Instant.now().plus(1, ChronoUnit.DAYS).toString())).json().get("id").asString();
        try (var browser = Browser.desktop()) {
            var driver = browser.driver();
            var account = DemoAccounts.byEmail("casm@pacto.demo");
            driver.get(url("/login?lang=" + language));
            driver.findElement(By.id("username")).sendKeys(account.email());
            driver.findElement(By.id("password")).sendKeys(account.password());
            driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
            driver.get(url("/dialogue/consultations/" + consultation + "?lang=" + language));
            assertThat(browser.seriousViolations()).as("ballot page in %s", language).isEmpty();
            driver.findElement(By.id("choice-1")).click();
            driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("cast"));
            assertThat(driver.findElement(By.id("choice-1")).isSelected()).isTrue();

            String demo = null;
            for (var e : Api.at(port).get("/api/v1/dialogue/events").json()) {
                if (e.get("title").asString().startsWith("Primer Conversatorio")) {
                    demo = e.get("id").asString();
                }
            }
            driver.get(url("/dialogue/events/" + demo + "/report?lang=" + language));
            assertThat(driver.findElements(By.cssSelector("h3 a[href^='/objectives/']"))).isNotEmpty();
            assertThat(browser.seriousViolations()).as("report page in %s", language).isEmpty();
            for (String page : List.of("/dialogue", "/dialogue/recommendations", "/dialogue/events/" + demo)) {
                driver.get(url(page + "?lang=" + language));
                assertThat(browser.seriousViolations()).as("%s in %s", page, language).isEmpty();
            }
        }
    }
}
