package org.pacto.practices;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.pacto.practices.calculation.ReviewRules;
import org.pacto.practices.calculation.ReviewRules.Review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewRulesTest {

    private static Map<String, Integer> all(int score) {
        var map = new java.util.LinkedHashMap<String, Integer>();
        ReviewRules.CRITERIA.forEach(c -> map.put(c, score));
        return map;
    }

    @Test
    void publishAgainstRejectIsDisagreement() {
        var agreement = ReviewRules.agreement(List.of(new Review("A", all(3), "publish"),
                new Review("B", all(3), "reject")));
        assertThat(agreement.disagreement()).isTrue();
        assertThat(agreement.steps()).anyMatch(s -> s.contains("publishing and another rejecting"));
    }

    @Test
    void promisingAgainstRejectIsDisagreementToo() {
        assertThat(ReviewRules.agreement(List.of(new Review("A", all(3), "publish-as-promising"),
                new Review("B", all(3), "reject"))).disagreement()).isTrue();
    }

    @Test
    void meansTwoPointsApartAreDisagreement() {
        var agreement = ReviewRules.agreement(List.of(new Review("A", all(5), "publish"),
                new Review("B", all(3), "publish"), new Review("C", all(4), "publish")));
        assertThat(agreement.disagreement()).isTrue();
        assertThat(agreement.means()).containsEntry("A", 5.0).containsEntry("B", 3.0);
    }

    @Test
    void closeMeansAndCompatibleRecommendationsAgree() {
        var agreement = ReviewRules.agreement(List.of(new Review("A", all(4), "publish"),
                new Review("B", all(3), "revise"), new Review("C", all(4), "publish-as-promising")));
        assertThat(agreement.disagreement()).isFalse();
        assertThat(agreement.steps()).hasSize(3);
    }

    @Property
    void identicalReviewsNeverDisagree(@ForAll @IntRange(min = 1, max = 5) int score) {
        assertThat(ReviewRules.agreement(List.of(new Review("A", all(score), "publish"),
                new Review("B", all(score), "publish"))).disagreement()).isFalse();
    }

    @Property
    void gapDecidesWhenRecommendationsAgree(@ForAll @IntRange(min = 1, max = 5) int a,
                                            @ForAll @IntRange(min = 1, max = 5) int b) {
        boolean disagreement = ReviewRules.agreement(List.of(new Review("A", all(a), "revise"),
                new Review("B", all(b), "revise"))).disagreement();
        assertThat(disagreement).isEqualTo(Math.abs(a - b) >= 2);
    }

    @Test
    void reviewContentIsChecked() {
        var scores = all(3);
        scores.put("timeframe", 6);
        scores.remove("innovation");
        scores.put("beauty", 5);
        assertThat(ReviewRules.problems(scores, "maybe")).containsExactly("scores.innovation:required",
                "scores.timeframe:out-of-range", "scores.beauty:unknown-criterion",
                "recommendation:unknown-recommendation");
        assertThat(ReviewRules.problems(all(1), "reject")).isEmpty();
    }

    @Test
    void decisionNeedsACompletePanelThatHasReviewed() {
        assertThat(ReviewRules.readiness(1, 2, 3, 3).ready()).isTrue();
        assertThat(ReviewRules.readiness(1, 2, 3, 2).ready()).isFalse();
        assertThat(ReviewRules.readiness(0, 3, 3, 3).ready()).isFalse();
        assertThat(ReviewRules.readiness(1, 1, 2, 2).steps()).anyMatch(s -> s.contains("incomplete"));
    }

    @Test
    void decisionsLeadToStatuses() {
        assertThat(ReviewRules.statusAfter("publish")).isEqualTo("published");
        assertThat(ReviewRules.statusAfter("publish-as-promising")).isEqualTo("published-as-promising");
        assertThat(ReviewRules.statusAfter("revise")).isEqualTo("revision-requested");
        assertThat(ReviewRules.statusAfter("reject")).isEqualTo("rejected");
        assertThatThrownBy(() -> ReviewRules.statusAfter("archive")).isInstanceOf(IllegalArgumentException.class);
    }
}
