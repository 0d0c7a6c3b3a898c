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

    /**
     * Every module, named: a new top-level package under {@code org.pacto} is a new module and must be added
     * here deliberately (with its package-info and allowed dependencies), and a module that disappears fails too.
     */
    @Test
    void theModulesAreExactlyTheDeclaredOnes() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("platform", "taxonomy", "identity", "practices", "pledges", "portability",
                        "site", "financing", "indicators", "dialogue", "mobility", "reviews", "services");
    }

    /** Each module declares what it may depend on (explicitly, so that verify() checks it). */
    @Test
    void everyModuleDeclaresItsDependencies() {
        modules.stream().filter(m -> !m.getIdentifier().toString().equals("platform")).forEach(module ->
                assertThat(module.getBasePackage().getAnnotation(
                        org.springframework.modulith.ApplicationModule.class))
                        .as(module.getIdentifier() + " has @ApplicationModule with allowedDependencies")
                        .hasValueSatisfying(a -> assertThat(a.allowedDependencies()).isNotEmpty()));
    }
}
