package org.pacto.financing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.pacto.support.Api;
import org.pacto.support.Browser;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The fund, a proposal, a meeting and a grant of the demo fund in headless Chromium, with axe-core. */
@PactoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinancingBrowserTest {

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr"})
    void fundProposalMeetingAndGrantPagesAreAccessible(String language) {
        var funds = Api.at(port).get("/api/v1/financing/funds").json();
        String fund = null;
        for (var f : funds) {
            if (f.get("demonstration").asBoolean()) {
                fund = f.get("id").asString();
            }
        }
        var page = Api.at(port).get("/api/v1/financing/funds/" + fund).json();
        browser.driver().get(url("/financing/funds/" + fund + "?lang=" + language));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.driver().findElements(By.cssSelector("figure.chart-box svg.chart-svg .mark title"))).isNotEmpty();
        assertThat(browser.seriousViolations()).as("fund in %s", language).isEmpty();

        String proposal = page.get("proposals").get(0).get("id").asString();
        browser.driver().get(url("/financing/proposals/" + proposal + "?lang=" + language));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.seriousViolations()).as("proposal in %s", language).isEmpty();

        String meeting = page.get("meetings").get(0).get("id").asString();
        browser.driver().get(url("/financing/meetings/" + meeting + "?lang=" + language));
        assertThat(browser.driver().findElements(By.cssSelector(".steps li"))).isNotEmpty();
        assertThat(browser.seriousViolations()).as("meeting in %s", language).isEmpty();

        String grant = page.get("grants").get(0).get("id").asString();
        browser.driver().get(url("/financing/grants/" + grant + "?lang=" + language));
        assertThat(browser.seriousViolations()).as("grant in %s", language).isEmpty();
    }
}
