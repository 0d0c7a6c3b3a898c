package org.pacto.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pacto.support.Api;
import org.pacto.support.Browser;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff pages of issue 13 in two languages, signed in as Quilmes' caseworker: the card desk issues a card
 * and its page offers print, renewal and revocation; a case's returnee intake is recorded through its form.
 * Axe finds nothing serious on any of them.
 */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardDeskBrowserTest {

    private static final String CASEWORKER = "gestora.quilmes@pacto.demo";

    @LocalServerPort
    int port;
    private Browser browser;

    @BeforeAll
    void open() {
        browser = Browser.desktop();
        var account = DemoAccounts.byEmail(CASEWORKER);
        browser.driver().get(url("/login?lang=es"));
        browser.driver().findElement(By.id("username")).sendKeys(account.email());
        browser.driver().findElement(By.id("password")).sendKeys(account.password());
        browser.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @AfterAll
    void close() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private void setValue(String css, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", find(css), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr"})
    void theDeskIssuesACardWhosePageOffersPrintRenewalAndRevocation(String language) {
        browser.driver().get(url("/services/desk?lang=" + language));
        assertThat(find("html").getAttribute("lang")).isEqualTo(language);
        assertThat(browser.seriousViolations()).as("the desk in %s", language).isEmpty();

        find("#d-name").sendKeys("Titular Navegador Sintética");
        setValue("#d-birth", "1990-05-17");
        find("#d-address").sendKeys("Calle 7 nº 12, Quilmes");
        find("input[name=proofs][value=passport]").click();
        find("input[name=proofs][value=utility-bill]").click();
        find("form.form button[type=submit]").click();
        String number = find("#issued-number").getText();
        assertThat(number).startsWith("TM-");
        assertThat(browser.seriousViolations()).as("the issued card in %s", language).isEmpty();

        find("#issued-card").click();
        assertThat(find("#card-number").getText()).isEqualTo(number);
        assertThat(find("form[action$='card.pdf'] input[name=reason]").getAttribute("required")).isNotNull();
        assertThat(browser.seriousViolations()).as("the card's page in %s", language).isEmpty();
        find("#r-reason").sendKeys("extravío");
        find("form[action$='/revoke'] button").click();
        assertThat(find("#card-status").getText()).isEqualTo(language.equals("es") ? "Revocada" : "Révoquée");
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/renew']"))).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr"})
    void aReturneeIntakeIsRecordedThroughItsForm(String language) {
        String id = Api.at(port).withToken(DemoAccounts.byEmail(CASEWORKER).token()).post("/api/v1/cases",
                Map.of("name", "Retornado Navegador Sintético", "sex", "male", "ageBand", "25-59",
                        "languages", List.of("es"), "needs", List.of("returnee"))).json().path("id").asString();
        browser.driver().get(url("/services/cases/" + id + "?reason=entrevista&lang=" + language));
        find("#returnee-form").click();
        assertThat(browser.seriousViolations()).as("the intake form in %s", language).isEmpty();
        find("input[name=needs][value=documentation]").click();
        find("input[name=needs][value=employment]").click();
        find("#r-skills").sendKeys("7112 6111");
        new org.openqa.selenium.support.ui.Select(find("#r-support")).selectByValue("offered");
        new org.openqa.selenium.support.ui.Select(find("#plan-service-0")).selectByValue("employment");
        find("#r-notes").sendKeys("Prefiere las tardes.");
        find("form.form button[type=submit]").click();
        assertThat(find(".notice[role=status]").getText()).isNotBlank();
        assertThat(find("#r-skills").getAttribute("value")).isEqualTo("7112 6111");

        browser.driver().get(url("/services/cases/" + id + "?reason=control&lang=" + language));
        assertThat(find("#returnee-intake").getText()).contains("7112", "Prefiere las tardes.");
        assertThat(browser.seriousViolations()).as("the case with its intake in %s", language).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
