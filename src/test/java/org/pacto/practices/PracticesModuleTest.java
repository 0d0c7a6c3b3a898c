package org.pacto.practices;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationSummary;
import org.pacto.practices.domain.Decisions;
import org.pacto.practices.domain.PracticeInput;
import org.pacto.practices.domain.PracticeStatus;
import org.pacto.practices.domain.PracticeViews;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practices module started with only the modules it may depend on (platform, taxonomy,
 * identity), without demo content: a practice taken to publication announces it with
 * {@link PracticePublished}, and its read model shows it as published and peer reviewed.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"pacto.demo=false", "pacto.early-database-start=false"})
@ContextConfiguration(initializers = TestDatabase.class)
class PracticesModuleTest {

    @Autowired
    Decisions decisions;
    @Autowired
    PracticeViews views;

    @Test
    void aPublishedPracticeIsAnnouncedToOtherModules(Scenario scenario) {
        var organisation = new OrganisationSummary(new OrganisationId(UUID.randomUUID()), "Municipalidad de Quilmes",
                "local-government", "AR", "local", "Quilmes", null, false);
        var input = new PracticeInput("es", "Consulados móviles en los barrios", "Atención consular en los barrios.",
                "<p>Los consulados visitan los barrios.</p>", null, List.of(), "service", "2021-03-01", null, true,
                "local", List.of("AR"), "Quilmes", null, null, List.of(4), List.of(), List.of("10.7"), List.of(),
                null, "Más de 2.000 trámites.", null, null, null, null, List.of(), null, null);
        scenario.stimulate(() -> decisions.seed(organisation, input, "module-test", PracticeStatus.PUBLISHED, List.of(),
                        Instant.parse("2024-05-01T00:00:00Z"), "Cumple los criterios"))
                .andWaitForEventOfType(PracticePublished.class)
                .matching(e -> e.title().equals("Consulados móviles en los barrios"))
                .toArriveAndVerify((event, practice) -> {
                    assertThat(event.organisation()).isEqualTo("Municipalidad de Quilmes");
                    assertThat(event.promising()).isFalse();
                    var view = views.view(java.util.Optional.empty(), practice.id().toString());
                    assertThat(view.status()).isEqualTo("published");
                    assertThat(view.peerReviewed()).isTrue();
                    assertThat(view.sdgTargets()).containsExactly("10.7");
                });
    }
}
