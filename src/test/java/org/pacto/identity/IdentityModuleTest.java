package org.pacto.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pacto.identity.account.OrganisationDetails;
import org.pacto.identity.account.OrganisationRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity module on its own (with platform and taxonomy, which it depends on): what it tells other modules
 * about organisations. Its own data directory, so it never shares the embedded server of the {@code @PactoTest}s.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class IdentityModuleTest {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws java.io.IOException {
        Path base = Path.of(System.getProperty("pacto.test.data-root", "target/test-data"));
        Files.createDirectories(base);
        Path directory = Files.createTempDirectory(base.toAbsolutePath(), "identity-module-");
        registry.add("pacto.data-dir", directory::toString);
        registry.add("pacto.demo", () -> "false");
    }

    private static final Actor SECRETARIAT = new Actor(new PersonId(UUID.randomUUID()), "secretaria@prueba.example",
            "Secretaría", new OrganisationId(UUID.randomUUID()), Set.of(Role.SECRETARIAT));

    @Autowired
    OrganisationRegistry registry;

    private OrganisationDetails details(String name, String website) {
        return new OrganisationDetails(name, "local-authority", "AR", "local", "Rosario", website, false);
    }

    @Test
    void renamingPublishesOrganisationUpdatedAndOtherEditsDoNot(AssertablePublishedEvents events) {
        String name = "Municipalidad de Rosario " + System.nanoTime();
        var id = registry.register(SECRETARIAT, details(name, "https://rosario.example"));
        registry.update(SECRETARIAT, id, details(name, "https://www.rosario.example"));
        assertThat(events.ofType(OrganisationUpdated.class)).as("only the website changed").isEmpty();
        registry.update(SECRETARIAT, id, details(name + " (Santa Fe)", "https://www.rosario.example"));
        assertThat(events).contains(OrganisationUpdated.class)
                .matching(e -> e.organisation().equals(id) && e.name().equals(name + " (Santa Fe)")
                        && e.kind().equals("local-authority") && "AR".equals(e.country()));
    }

    @Test
    void removingPublishesOrganisationDeleted(Scenario scenario) {
        var id = registry.register(SECRETARIAT, details("Municipalidad en Baja " + System.nanoTime(), null));
        scenario.stimulate(() -> registry.delete(SECRETARIAT, id, "Registro duplicado"))
                .andWaitForEventOfType(OrganisationDeleted.class)
                .matching(e -> e.organisation().equals(id))
                .toArrive();
    }
}
