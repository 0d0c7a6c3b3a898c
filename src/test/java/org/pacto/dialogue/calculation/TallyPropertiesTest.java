package org.pacto.dialogue.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.pacto.dialogue.calculation.Tally.Ballot;

/** Properties of the approval-voting tally, for any options, seats and sequence of (replaced) ballots. */
class TallyPropertiesTest {

    private static final List<String> OPTIONS = List.of("a", "b", "c", "d", "e", "f");

    @Provide
    Arbitrary<List<Ballot>> ballots() {
        Arbitrary<Ballot> ballot = Combinators.combine(Arbitraries.integers().between(1, 12),
                Arbitraries.of(OPTIONS).set().ofMaxSize(3)).as((voter, choices) ->
                new Ballot("v" + voter, new ArrayList<>(choices)));
        return ballot.list().ofMaxSize(60);
    }

    @Property
    void countsAreTheApprovalsOfEachVotersLastBallot(@ForAll("ballots") List<Ballot> ballots,
                                                     @ForAll @IntRange(min = 1, max = 5) int seats) {
        Map<String, Ballot> last = new LinkedHashMap<>();
        ballots.forEach(b -> last.put(b.voter(), b));
        var result = Tally.count(OPTIONS, seats, ballots);
        assertThat(result.ballots()).isEqualTo(last.size());
        for (String option : OPTIONS) {
            long expected = last.values().stream().filter(b -> b.choices().contains(option)).count();
            assertThat(result.counts().get(option)).isEqualTo((int) expected);
        }
        assertThat(result.counts().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(last.values().stream().mapToInt(b -> b.choices().size()).sum());
    }

    @Property
    void winnersNeverExceedTheSeatsAndFillThemUnlessTied(@ForAll("ballots") List<Ballot> ballots,
                                                         @ForAll @IntRange(min = 1, max = 5) int seats) {
        var result = Tally.count(OPTIONS, seats, ballots);
        assertThat(result.winners()).hasSizeLessThanOrEqualTo(seats).doesNotHaveDuplicates();
        assertThat(Collections.disjoint(result.winners(), result.ties())).isTrue();
        if (result.ties().isEmpty()) {
            assertThat(result.winners()).hasSize(seats);
        } else {
            // the tied options all have the same count, and more of them than seats left
            Set<Integer> tiedCounts = new HashSet<>();
            result.ties().forEach(t -> tiedCounts.add(result.counts().get(t)));
            assertThat(tiedCounts).hasSize(1);
            assertThat(result.ties().size()).isGreaterThan(seats - result.winners().size());
        }
    }

    @Property
    void everyWinnerHasMoreApprovalsThanEveryLoser(@ForAll("ballots") List<Ballot> ballots,
                                                   @ForAll @IntRange(min = 1, max = 5) int seats) {
        var result = Tally.count(OPTIONS, seats, ballots);
        for (String winner : result.winners()) {
            for (String option : OPTIONS) {
                if (!result.winners().contains(option)) {
                    assertThat(result.counts().get(winner)).isGreaterThanOrEqualTo(result.counts().get(option));
                    if (!result.ties().contains(option)) {
                        assertThat(result.counts().get(winner)).isGreaterThan(result.counts().get(option))
                                .as("a winner beats a non-tied loser, unless both fit");
                    }
                }
            }
        }
    }

    @Property
    void theOrderOfDifferentVotersBallotsDoesNotMatter(@ForAll("ballots") List<Ballot> ballots,
                                                       @ForAll @IntRange(min = 1, max = 5) int seats) {
        Map<String, Ballot> last = new LinkedHashMap<>();
        ballots.forEach(b -> last.put(b.voter(), b));
        List<Ballot> reversed = new ArrayList<>(last.values());
        Collections.reverse(reversed);
        var a = Tally.count(OPTIONS, seats, ballots);
        var b = Tally.count(OPTIONS, seats, reversed);
        assertThat(b.counts()).isEqualTo(a.counts());
        assertThat(b.winners()).containsExactlyInAnyOrderElementsOf(a.winners());
        assertThat(b.ties()).containsExactlyInAnyOrderElementsOf(a.ties());
    }
}
