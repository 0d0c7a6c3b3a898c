package org.pacto.taxonomy;

import org.junit.jupiter.api.Test;
import org.pacto.platform.Language;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The GCM framework module starts with only the platform beside it and serves its reference data. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = "pacto.early-database-start=false")
@DirtiesContext // used by this class only: close it, and its connections, when done
class TaxonomyModuleTest {

    @Autowired
    Framework framework;

    @Test
    void theFrameworkIsServedFromTheModulesOwnSchema() {
        assertThat(framework.objectives(Language.EN)).hasSize(23);
        assertThat(framework.principles(Language.ES)).hasSize(10);
        assertThat(framework.objective(23, Language.FR)).isPresent();
        assertThat(framework.isCountry("AR")).isTrue();
        assertThat(framework.isCountry("ZZ")).isFalse();
    }
}
