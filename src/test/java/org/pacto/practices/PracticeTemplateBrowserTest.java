package org.pacto.practices;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacto.practices.template.FilledTemplates;
import org.pacto.support.Browser;
import org.pacto.support.DemoAccounts;
import org.pacto.support.Multipart;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A focal point uploads a completed template on the submission page and sees the form pre-filled. */
@PactoTest
@Tag("browser")
class PracticeTemplateBrowserTest {

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aCompletedTemplatePrefillsTheSubmissionForm() throws Exception {
        byte[] template = Multipart.get(port, "/practices/template.odt?lang=es", null).body();
        byte[] filled = FilledTemplates.fill(template, Map.of("title", "Mesa de orientación en la terminal",
                "objectives", "3, 15", "countries", "Argentina", "startDate", "01/06/2023",
                "description", "Primera línea.\nSegunda línea."));
        var file = Files.createTempFile("completed-template", ".odt");
        Files.write(file, filled);
        var focal = DemoAccounts.withRole("focal-point");
        try (var browser = Browser.desktop()) {
            var driver = browser.driver();
            driver.get(url("/login?lang=es"));
            driver.findElement(By.id("username")).sendKeys(focal.email());
            driver.findElement(By.id("password")).sendKeys(focal.password());
            driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
            driver.get(url("/practices/new?lang=es"));
            assertThat(driver.findElement(By.id("template-docx")).getAttribute("href"))
                    .endsWith("/practices/template.docx?lang=es");
            assertThat(browser.seriousViolations()).as("axe on the submission page").isEmpty();

            driver.findElement(By.id("template-file")).sendKeys(file.toString());
            driver.findElement(By.id("template-submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.id("template-filled")).isEmpty());
            assertThat(driver.findElement(By.id("f-title")).getAttribute("value"))
                    .isEqualTo("Mesa de orientación en la terminal");
            assertThat(driver.findElement(By.id("f-countries")).getAttribute("value")).isEqualTo("AR");
            assertThat(driver.findElement(By.id("f-startDate")).getAttribute("value")).isEqualTo("2023-06-01");
            assertThat(driver.findElement(By.id("f-description")).getAttribute("value"))
                    .isEqualTo("Primera línea.\nSegunda línea.");
            assertThat(driver.findElement(By.cssSelector("#f-objectives input[value='15']")).isSelected()).isTrue();
            assertThat(driver.findElement(By.id("template-filled")).getText()).contains("Resumen")
                    .contains("sin respuesta");
            assertThat(driver.findElements(By.cssSelector(".template-gaps li[data-field='summary']"))).hasSize(1);
            assertThat(driver.findElements(By.cssSelector(".template-gaps li[data-field='title']"))).isEmpty();
            assertThat(browser.seriousViolations()).as("axe on the pre-filled form").isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
