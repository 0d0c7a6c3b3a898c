package org.pacto;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The module boundaries declared in each package-info hold: no module reaches into another's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PactoApplication.class);

    @Test
    void modulesRespectTheirDeclaredBoundaries() {
        modules.verify();
    }

    @Test
    void everyDomainModuleIsDetected() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("platform", "taxonomy", "identity", "site");
    }
}
