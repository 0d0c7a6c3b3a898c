package org.pacto.financing.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The result of a meeting's vote on one proposal. The rules, as seed 002 proposes them and the fund's parameters
 * set them:
 * <ol>
 *   <li><b>One member, one vote.</b> The tally sees only ballots; a member's tier and what it has paid never enter
 *   it (seed 002: members have the same voting power although Part I countries pay a higher fee).</li>
 *   <li><b>Presence.</b> A member is present when recorded present or when it voted on anything at the meeting.</li>
 *   <li><b>Quorum.</b> present &gt; quorum share × members (default share ½: more than half). Without quorum no
 *   decision is taken: {@code quorum-not-met}.</li>
 *   <li><b>Decision.</b> {@link Majority#SIMPLE}: approved when yes &gt; no among the votes cast, abstentions
 *   counting for presence only; {@link Majority#CONSENSUS}: approved when nobody votes no and someone votes
 *   yes.</li>
 * </ol>
 */
public final class Tally {

    static final String RULES = "Fund rules (seed 002: equal voting power of members)";

    private Tally() {
    }

    /** The fund's decision rules: the quorum share (strictly exceeded) and the majority. */
    public record Rules(BigDecimal quorumShare, Majority majority) {
        public static final Rules DEFAULT = new Rules(new BigDecimal("0.5"), Majority.SIMPLE);

        public Rules {
            Objects.requireNonNull(quorumShare);
            if (quorumShare.signum() < 0 || quorumShare.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("the quorum share lies in [0, 1)");
            }
        }
    }

    public record Result(int yes, int no, int abstain, int present, int members, boolean quorum, Decision decision,
                         List<Step> steps) {
    }

    /**
     * @param members how many members the fund has on the meeting's date
     * @param present how many distinct members were present (recorded or voting)
     * @param ballots the ballots cast on this proposal, one per member
     */
    public static Result decide(Rules rules, int members, int present, Collection<Ballot> ballots) {
        if (members < 0 || present < 0 || present > members || ballots.size() > present) {
            throw new IllegalArgumentException("members ≥ present ≥ ballots ≥ 0");
        }
        int yes = count(ballots, Ballot.YES);
        int no = count(ballots, Ballot.NO);
        int abstain = count(ballots, Ballot.ABSTAIN);
        var steps = new ArrayList<Step>();
        steps.add(Step.of("ballots", RULES, yes, no, abstain));
        BigDecimal needed = rules.quorumShare().multiply(BigDecimal.valueOf(members));
        boolean quorum = BigDecimal.valueOf(present).compareTo(needed) > 0;
        steps.add(Step.of(quorum ? "quorum-met" : "quorum-not-met", RULES, present, members,
                rules.quorumShare().stripTrailingZeros().toPlainString()));
        Decision decision;
        if (!quorum) {
            decision = Decision.QUORUM_NOT_MET;
        } else if (rules.majority() == Majority.SIMPLE) {
            decision = yes > no ? Decision.APPROVED : Decision.REJECTED;
            steps.add(Step.of(yes > no ? "simple-majority-yes" : "simple-majority-no", RULES, yes, no));
        } else {
            decision = no == 0 && yes > 0 ? Decision.APPROVED : Decision.REJECTED;
            steps.add(Step.of(decision == Decision.APPROVED ? "consensus-reached" : "consensus-not-reached", RULES,
                    yes, no));
        }
        return new Result(yes, no, abstain, present, members, quorum, decision, steps);
    }

    private static int count(Collection<Ballot> ballots, Ballot kind) {
        return (int) ballots.stream().filter(b -> b == kind).count();
    }
}
