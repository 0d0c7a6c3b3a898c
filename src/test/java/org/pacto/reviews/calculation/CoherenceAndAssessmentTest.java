package org.pacto.reviews.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pacto.reviews.calculation.SelfAssessment.Question;

class CoherenceAndAssessmentTest {

    @Test
    void localOnlyAndNationalOnlyObjectivesOfOneCountry() {
        var result = Coherence.compare(Set.of(1, 4, 7), List.of(Set.of(4, 16), Set.of(7, 23)));
        assertThat(result.localOnly()).containsExactly(16, 23);
        assertThat(result.nationalOnly()).containsExactly(1);
    }

    @Test
    void withoutLocalInventoriesNothingIsNationalOnly() {
        assertThat(Coherence.compare(Set.of(1, 2), List.of()).nationalOnly()).isEmpty();
        assertThat(Coherence.compare(Set.of(), List.of(Set.of(3))).localOnly()).containsExactly(3);
    }

    @Test
    void sharesPerDomainInPercentOfTheDomainsQuestions() {
        var catalogue = List.of(new Question("a1", "rights"), new Question("a2", "rights"),
                new Question("a3", "rights"), new Question("b1", "partnerships"));
        var result = SelfAssessment.summarise(catalogue, Map.of("a1", "present", "a2", "partial", "b1", "absent",
                "zz", "present"));
        assertThat(result.domains()).hasSize(2);
        var rights = result.domains().getFirst();
        assertThat(rights.code()).isEqualTo("rights");
        assertThat(rights.present()).isEqualTo(33.3);
        assertThat(rights.partial()).isEqualTo(33.3);
        assertThat(rights.absent()).isEqualTo(0.0);
        assertThat(rights.answered()).isEqualTo(66.7);
        assertThat(result.domains().get(1).absent()).isEqualTo(100.0);
        assertThat(result.steps()).allSatisfy(s -> assertThat(s.source()).contains("Migration Governance"));
    }
}
