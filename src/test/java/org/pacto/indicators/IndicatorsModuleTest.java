package org.pacto.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pacto.indicators.calculation.Measure;
import org.pacto.indicators.domain.Datasets;
import org.pacto.indicators.domain.Observations;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The indicators module started with only the modules it depends on: a correction of a dataset is a new version of
 * the same lineage, and an observation published from the first version keeps pointing at it.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext
@Tag("db")
class IndicatorsModuleTest {

    @Autowired
    Datasets datasets;
    @Autowired
    Observations observations;

    @Test
    void aCorrectionIsANewVersionAndPublishedFiguresKeepTheirVersion() {
        var first = datasets.awaitLoaded(datasets.upload(null, new Datasets.Upload("Encuesta", "Test", "CC0-1.0", null,
                false), csv("weight,sex\n1,F\n1,F\n1,F\n1,F\n1,F\n1,M\n")).id());
        assertThat(first.status()).isEqualTo("ready");
        var table = datasets.table(first.id(), new Measure.Count(), List.of("sex"), "weight");
        // M has one respondent: suppressed, and F with it (the margin, the total, would give it away)
        assertThat(table.cells()).allSatisfy(c -> assertThat(c.suppressed()).isTrue());
        var published = observations.publish(new Observations.Publication(null, "pop.foreign-born", "UY-RV", "Rivera",
                "2023", new BigDecimal("4.2"), "percent", Map.of(), first.id(), first.version(), "Test", false));
        var second = datasets.awaitLoaded(datasets.upload(null, new Datasets.Upload("Encuesta corregida", "Test",
                "CC0-1.0", first.id(), false), csv("weight,sex\n1,F\n1,M\n")).id());
        assertThat(second.lineage()).isEqualTo(first.lineage());
        assertThat(second.version()).isEqualTo(2);
        assertThat(observations.of("pop.foreign-born", "UY-RV", "2023")).filteredOn(o -> o.id().equals(published))
                .singleElement().satisfies(o -> {
                    assertThat(o.dataset()).isEqualTo(first.id());
                    assertThat(o.datasetVersion()).isEqualTo(1);
                });
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
