package org.pacto.practices;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.pacto.support.Browser;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's featured collections, a collection page, a practice's version history and the
 * update flow (organisation's form, secretariat's difference), checked by axe-core.
 */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeCollectionsBrowserTest {

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
    @ValueSource(strings = {"es", "en"})
    void featuredCollectionsLeadToTheirPractices(String language) {
        browser.driver().get("http://localhost:" + port + "/?lang=" + language);
        var cards = browser.driver().findElements(By.cssSelector(".collection-card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.driver().findElement(By.id("collections-heading")).getText())
                .isEqualTo(language.equals("en") ? "Featured collections of good practices"
                        : "Colecciones destacadas de buenas prácticas");
        assertThat(browser.seriousViolations()).as("axe on the home page in %s", language).isEmpty();

        cards.getFirst().findElement(By.cssSelector("h3 a")).click();
        assertThat(browser.driver().getCurrentUrl()).contains("/practices/collections/");
        var practices = browser.driver().findElements(By.cssSelector(".collection-list h2 a"));
        assertThat(practices).isNotEmpty();
        assertThat(browser.seriousViolations()).as("axe on a collection page in %s", language).isEmpty();

        String collection = browser.driver().getCurrentUrl();
        browser.driver().get("http://localhost:" + port + "/practices/collections?lang=" + language);
        assertThat(browser.driver().findElements(By.cssSelector(".collection-card"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.seriousViolations()).as("axe on the list of collections in %s", language).isEmpty();

        browser.driver().get(collection);
        browser.driver().findElements(By.cssSelector(".collection-list h2 a")).getFirst().click();
        assertThat(browser.driver().findElements(By.cssSelector("section.versions tbody tr"))).isNotEmpty();
        assertThat(browser.seriousViolations()).as("axe on a practice page with its versions in %s", language)
                .isEmpty();
    }

    private void signIn(Browser session, DemoAccounts.Account account) {
        session.driver().get("http://localhost:" + port + "/login?lang=es");
        session.driver().findElement(By.id("username")).sendKeys(account.email());
        session.driver().findElement(By.id("password")).sendKeys(account.password());
        session.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
    }

    @Test
    void theUpdateFlowPagesAreAccessible() {
        String id = PracticeFixtures.at(port).published(PracticeFixtures.practice("Huertas comunitarias en Almirante Brown"));
        try (var organisation = Browser.desktop()) {
            signIn(organisation, DemoAccounts.withRole("focal-point"));
            organisation.driver().get("http://localhost:" + port + "/practices/" + id);
            organisation.driver().findElement(By.cssSelector("a[href$='/update']")).click();
            assertThat(organisation.driver().findElement(By.tagName("h1")).getText())
                    .isEqualTo("Actualizar una práctica publicada");
            assertThat(organisation.seriousViolations()).as("axe on the update form").isEmpty();
            var title = organisation.driver().findElement(By.id("f-title"));
            title.clear();
            title.sendKeys("Huertas comunitarias en Almirante Brown y Lomas");
            organisation.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
            assertThat(organisation.driver().getCurrentUrl()).contains("update-proposed");
            assertThat(organisation.driver().findElement(By.tagName("h1")).getText())
                    .isEqualTo("Huertas comunitarias en Almirante Brown");
        }
        try (var staff = Browser.desktop()) {
            signIn(staff, DemoAccounts.withRole("secretariat"));
            staff.driver().get("http://localhost:" + port + "/practices/updates");
            assertThat(staff.seriousViolations()).as("axe on the pending updates").isEmpty();
            staff.driver().findElement(By.cssSelector("a[href$='/practices/" + id + "/updates/2']")).click();
            assertThat(staff.driver().findElement(By.cssSelector("table.diff ins")).getText())
                    .isEqualTo("Huertas comunitarias en Almirante Brown y Lomas");
            assertThat(staff.seriousViolations()).as("axe on the difference and decision").isEmpty();
            staff.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
            staff.driver().get("http://localhost:" + port + "/practices/" + id);
            assertThat(staff.driver().findElement(By.tagName("h1")).getText())
                    .isEqualTo("Huertas comunitarias en Almirante Brown y Lomas");
            assertThat(staff.driver().findElements(By.cssSelector("section.versions tbody tr"))).hasSize(2);
        }
    }
}
