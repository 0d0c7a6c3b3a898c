package org.pacto.dialogue.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacto.dialogue.calculation.Tally.Ballot;

class TallyTest {

    private static final List<String> OPTIONS = List.of("a", "b", "c", "d");

    @Test
    void theKOptionsWithMostApprovalsWin() {
        var result = Tally.count(OPTIONS, 2, List.of(new Ballot("x", List.of("a", "b")),
                new Ballot("y", List.of("a", "c")), new Ballot("z", List.of("a", "b"))));
        assertThat(result.counts()).containsExactly(java.util.Map.entry("a", 3), java.util.Map.entry("b", 2),
                java.util.Map.entry("c", 1), java.util.Map.entry("d", 0));
        assertThat(result.winners()).containsExactly("a", "b");
        assertThat(result.ties()).isEmpty();
        assertThat(result.ballots()).isEqualTo(3);
        assertThat(result.steps()).extracting(Step::code).contains("ballots-counted", "counts", "winners");
    }

    @Test
    void aLaterBallotReplacesTheEarlierOneOfTheSameVoter() {
        var result = Tally.count(OPTIONS, 1, List.of(new Ballot("x", List.of("a")), new Ballot("y", List.of("b")),
                new Ballot("x", List.of("b"))));
        assertThat(result.counts().get("a")).isZero();
        assertThat(result.counts().get("b")).isEqualTo(2);
        assertThat(result.ballots()).isEqualTo(2);
        assertThat(result.winners()).containsExactly("b");
    }

    @Test
    void aTieForTheLastSeatIsFlaggedAndNotBroken() {
        var result = Tally.count(OPTIONS, 2, List.of(new Ballot("x", List.of("a", "b")),
                new Ballot("y", List.of("a", "c")), new Ballot("z", List.of("d"))));
        // a: 2; b, c, d: 1 each, competing for one seat
        assertThat(result.winners()).containsExactly("a");
        assertThat(result.ties()).containsExactly("b", "c", "d");
        assertThat(result.steps()).extracting(Step::code).contains("tie");
    }

    @Test
    void tiedOptionsThatAllFitWinWithoutATie() {
        var result = Tally.count(List.of("a", "b", "c"), 2, List.of(new Ballot("x", List.of("a", "b"))));
        assertThat(result.winners()).containsExactly("a", "b");
        assertThat(result.ties()).isEmpty();
    }

    @Test
    void unknownAndRepeatedChoicesDoNotCount() {
        var result = Tally.count(OPTIONS, 1, List.of(new Ballot("x", List.of("a", "a", "zz"))));
        assertThat(result.counts().get("a")).isEqualTo(1);
        assertThat(result.counts()).doesNotContainKey("zz");
    }

    @Test
    void noBallotsTieEveryOption() {
        var result = Tally.count(OPTIONS, 2, List.of());
        assertThat(result.winners()).isEmpty();
        assertThat(result.ties()).containsExactlyElementsOf(OPTIONS);
        assertThat(result.ballots()).isZero();
    }

    @Test
    void atLeastOneWinnerIsAsked() {
        assertThatThrownBy(() -> Tally.count(OPTIONS, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
