package org.pacto.identity;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat registers an organisation through the page; bad input comes back localised. */
@PactoTest
class OrganisationPagesTest {

    @LocalServerPort
    int port;

    @Test
    void theSecretariatRegistersAnOrganisationAndMistakesAreExplained() {
        var staff = DemoAccounts.withRole("secretariat");
        var browser = Api.at(port);
        browser.submitForm("/login", "/login", Map.of("username", staff.email(), "password", staff.password()));
        var wrong = browser.submitForm("/admin/organisations/new?lang=en", "/admin/organisations",
                Map.of("name", "", "kind", "", "level", "local"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("This field is required").contains("Choose one of the twelve kinds");
        String name = "Municipalidad de Iquique " + System.nanoTime();
        var created = browser.submitForm("/admin/organisations/new", "/admin/organisations",
                Map.of("name", name, "kind", "local-authority", "country", "CL", "level", "local", "locality", "Iquique"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(browser.get(created.header("Location").replace("http://localhost:" + port, "")).body())
                .contains(name).contains("Chile");
    }

    @Test
    void membersCannotOpenTheRegistrationPage() {
        var member = DemoAccounts.withRole("focal-point");
        var browser = Api.at(port);
        browser.submitForm("/login", "/login", Map.of("username", member.email(), "password", member.password()));
        assertThat(browser.get("/admin/organisations/new").status()).isEqualTo(403);
        assertThat(Api.at(port).get("/admin/organisations/new").status()).as("anonymous → sign in").isEqualTo(302);
    }
}
