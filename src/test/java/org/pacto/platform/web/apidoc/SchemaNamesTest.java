package org.pacto.platform.web.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two classes of one simple name get two schema names, always the same ones (issue 18). */
class SchemaNamesTest {

    static class First {
        record Step(String code) {
        }
    }

    static class Second {
        record Step(int order) {
        }
    }

    record Unique(String text) {
    }

    @Schema(name = "Step")
    record Named(String text) {
    }

    record Answer(List<First.Step> steps, Second.Step last, Unique unique, Named named) {
    }

    @Test
    void clashingNamesAreQualifiedAndOthersKept() {
        var names = SchemaNames.of(List.<Type>of(Answer.class));
        assertThat(new HashSet<>(names.values())).as("one name per class").hasSameSizeAs(names.values());
        assertThat(names).containsEntry(Unique.class, "Unique").containsEntry(Answer.class, "Answer")
                .containsEntry(Named.class, "Step")
                .containsEntry(First.Step.class, "PlatformSchemaNamesTestFirstStep")
                .containsEntry(Second.Step.class, "PlatformSchemaNamesTestSecondStep");
    }

    @Test
    void theNamesDoNotDependOnTheOrderTheClassesAreMetIn() {
        assertThat(SchemaNames.of(List.of(Second.Step.class, Unique.class, First.Step.class, Named.class)))
                .isEqualTo(SchemaNames.of(List.of(Named.class, First.Step.class, Second.Step.class, Unique.class)));
    }

    @Test
    void aClassInAnotherModuleIsQualifiedByItsModuleFirst() {
        assertThat(SchemaNames.name(org.pacto.portability.calculation.Step.class, 1)).isEqualTo("PortabilityStep");
        assertThat(SchemaNames.name(Second.Step.class, 0)).isEqualTo("Step");
    }
}
