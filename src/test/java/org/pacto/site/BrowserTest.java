package org.pacto.site;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.pacto.support.Browser;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Real pages in headless Chromium: accessibility (axe-core), languages, keyboard, sign-in. */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    private static final List<String> PAGES = List.of("/", "/objectives", "/objectives/1", "/objectives/22",
            "/principles", "/principles/human-rights", "/organisations", "/login", "/password/forgot",
            "/no-such-page");

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
    void mainPagesHaveNoSeriousAccessibilityViolations(String language) {
        for (String path : PAGES) {
            browser.driver().get(url(path + "?lang=" + language));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            assertThat(browser.driver().findElements(By.tagName("main"))).hasSize(1);
            assertThat(browser.seriousViolations()).as("axe on %s in %s", path, language).isEmpty();
        }
    }

    @Test
    void theLanguageSwitcherKeepsThePage() {
        browser.driver().get(url("/objectives/3?lang=es"));
        browser.driver().findElement(By.cssSelector("nav.languages a[hreflang='pt']")).click();
        assertThat(browser.driver().getCurrentUrl()).contains("/objectives/3");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pt");
        browser.driver().get(url("/principles"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Princípios orientadores");
        browser.driver().get(url("/?lang=es"));
    }

    @Test
    void theSkipLinkIsTheFirstStopOfTheKeyboard() {
        browser.driver().get(url("/?lang=es"));
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        var focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("#main");
    }

    @Test
    void aFocalPointSignsInAndSeesTheProfileOnAPhone() {
        var focal = DemoAccounts.withRole("focal-point");
        try (var phone = Browser.phone()) {
            var driver = phone.driver();
            driver.get(url("/login?lang=es"));
            driver.findElement(By.id("username")).sendKeys(focal.email());
            driver.findElement(By.id("password")).sendKeys(focal.password());
            driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
            assertThat(driver.getCurrentUrl()).endsWith("/profile");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mi perfil");
            assertThat(driver.getPageSource()).contains("Municipalidad de Quilmes");
            assertThat(phone.seriousViolations()).isEmpty();
            Object wide = driver.executeScript("""
                    return Array.from(document.querySelectorAll('body *'))
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                        .map(e => e.tagName + '.' + e.className).slice(0, 10);""");
            assertThat((List<?>) wide).as("elements wider than the phone's screen").isEmpty();
        }
    }
}
