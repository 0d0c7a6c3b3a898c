package org.pacto.mobility;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pacto.mobility.domain.ProcedureInput;
import org.pacto.mobility.domain.ProcedureInput.StepInput;
import org.pacto.mobility.domain.RecognitionProcedures;
import org.pacto.platform.Paging;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mobility module started with only the modules it depends on (platform, taxonomy, identity): its migrations
 * run in its own schema and its register stores and finds procedures on its own.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("db")
class MobilityModuleTest {

    @Autowired
    RecognitionProcedures procedures;

    @Test
    void aProcedureIsStoredWithItsStepsAndFoundByCountryAndExactOccupation() {
        String institution = "Instituto de prueba " + System.nanoTime();
        var saved = procedures.createDemo(new ProcedureInput("SV", "trade-test", institution, List.of("7112", "7115"),
                List.of(new StepInput(1, "Prueba práctica", 1, 3, null, "", false),
                        new StepInput(2, "Certificado", 5, 10, null, "", true)),
                "Ley de formación profesional", "https://example.org/sv", "", null), true);
        var found = procedures.search("sv", "7115", new Paging(1, 100));
        assertThat(found.items()).extracting(p -> p.id()).contains(saved.id());
        var read = found.items().stream().filter(p -> p.id().equals(saved.id())).findFirst().orElseThrow();
        assertThat(read.steps()).hasSize(2);
        assertThat(read.duration().minDays()).isEqualTo(6);
        assertThat(read.duration().maxDays()).isEqualTo(13);
        assertThat(read.stale(procedures.today())).isTrue();
        assertThat(procedures.search("SV", "7113", new Paging(1, 100)).items()).extracting(p -> p.id())
                .doesNotContain(saved.id());
        assertThat(procedures.exists(institution, "SV")).isTrue();
    }
}
