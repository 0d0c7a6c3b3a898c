package org.pacto.financing.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static List<Ballot> ballots(int yes, int no, int abstain) {
        var all = new ArrayList<Ballot>();
        all.addAll(Collections.nCopies(yes, Ballot.YES));
        all.addAll(Collections.nCopies(no, Ballot.NO));
        all.addAll(Collections.nCopies(abstain, Ballot.ABSTAIN));
        return all;
    }

    @Test
    void exactlyHalfPresentIsNoQuorumAndNothingIsDecided() {
        var result = Tally.decide(Tally.Rules.DEFAULT, 10, 5, ballots(5, 0, 0));
        assertThat(result.quorum()).isFalse();
        assertThat(result.decision()).isEqualTo(Decision.QUORUM_NOT_MET);
        assertThat(result.steps()).extracting(Step::code).contains("quorum-not-met");
    }

    @Test
    void moreThanHalfPresentDecidesByYesOverNoWithAbstentionsLeftOut() {
        // 6 of 10 present: 2 yes, 1 no, 3 abstain → approved although yes are fewer than half of those present
        var result = Tally.decide(Tally.Rules.DEFAULT, 10, 6, ballots(2, 1, 3));
        assertThat(result.quorum()).isTrue();
        assertThat(result.decision()).isEqualTo(Decision.APPROVED);
        assertThat(List.of(result.yes(), result.no(), result.abstain(), result.present(), result.members()))
                .containsExactly(2, 1, 3, 6, 10);
    }

    @Test
    void aTieIsRejected() {
        assertThat(Tally.decide(Tally.Rules.DEFAULT, 4, 4, ballots(2, 2, 0)).decision()).isEqualTo(Decision.REJECTED);
    }

    @Test
    void consensusFailsOnOneObjection() {
        var consensus = new Tally.Rules(new BigDecimal("0.5"), Majority.CONSENSUS);
        assertThat(Tally.decide(consensus, 5, 5, ballots(4, 1, 0)).decision()).isEqualTo(Decision.REJECTED);
        assertThat(Tally.decide(consensus, 5, 5, ballots(1, 0, 4)).decision()).isEqualTo(Decision.APPROVED);
        assertThat(Tally.decide(consensus, 5, 5, ballots(0, 0, 5)).decision()).isEqualTo(Decision.REJECTED);
    }

    @Test
    void aTwoThirdsQuorumIsAParameter() {
        var twoThirds = new Tally.Rules(new BigDecimal("0.6667"), Majority.SIMPLE);
        assertThat(Tally.decide(twoThirds, 9, 6, ballots(6, 0, 0)).quorum()).isFalse();
        assertThat(Tally.decide(twoThirds, 9, 7, ballots(6, 0, 0)).quorum()).isTrue();
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThatThrownBy(() -> Tally.decide(Tally.Rules.DEFAULT, 3, 4, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tally.decide(Tally.Rules.DEFAULT, 3, 1, ballots(2, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Tier independence: the same ballots in any order, cast by whichever members, give the same result. */
    @Property
    void theResultDependsOnlyOnHowManyVotedWhat(@ForAll @IntRange(max = 20) int yes, @ForAll @IntRange(max = 20) int no,
                                                @ForAll @IntRange(max = 20) int abstain,
                                                @ForAll @IntRange(max = 20) int extraPresent,
                                                @ForAll @IntRange(max = 20) int absent, @ForAll long seed) {
        int present = yes + no + abstain + extraPresent;
        int members = present + absent;
        var ordered = ballots(yes, no, abstain);
        var shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        var a = Tally.decide(Tally.Rules.DEFAULT, members, present, ordered);
        var b = Tally.decide(Tally.Rules.DEFAULT, members, present, shuffled);
        assertThat(b.decision()).isEqualTo(a.decision());
        assertThat(a.quorum()).isEqualTo(2 * present > members);
        if (a.quorum()) {
            assertThat(a.decision()).isEqualTo(yes > no ? Decision.APPROVED : Decision.REJECTED);
        } else {
            assertThat(a.decision()).isEqualTo(Decision.QUORUM_NOT_MET);
        }
    }

    /** An abstention never turns a decision: adding one (while quorum holds) keeps the outcome. */
    @Property
    void anAbstentionNeverChangesTheDecisionOnceQuorumHolds(@ForAll @IntRange(max = 15) int yes,
                                                            @ForAll @IntRange(max = 15) int no,
                                                            @ForAll @IntRange(max = 15) int abstain) {
        int present = yes + no + abstain;
        int members = present; // everyone present: quorum holds whenever someone is there
        if (present == 0) {
            return;
        }
        var before = Tally.decide(Tally.Rules.DEFAULT, members + 1, present + 1, ballots(yes, no, abstain));
        var after = Tally.decide(Tally.Rules.DEFAULT, members + 1, present + 1, ballots(yes, no, abstain + 1));
        assertThat(after.decision()).isEqualTo(before.decision());
    }
}
