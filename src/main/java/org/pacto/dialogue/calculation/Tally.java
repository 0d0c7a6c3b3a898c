package org.pacto.dialogue.calculation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tally of a consultation by approval voting (issue 11): each member organisation approves at most
 * {@code k} options; an option's count is the number of ballots approving it; the {@code k} options with the
 * highest counts win.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Only the latest ballot of each voter counts: a later ballot replaces the earlier one (issue 11).</li>
 *   <li>Each option's count is the number of counted ballots that approve it.</li>
 *   <li>Options are ranked by count. Let {@code c} be the count of the option ranked {@code k}-th. Options above
 *       {@code c} win. Options at exactly {@code c} also win if they all fit in the seats left; otherwise they are
 *       all flagged as tied and none of them is named a winner: a tie is never broken silently (issue 11).</li>
 * </ol>
 * The consultation that chose the topics of the first Conversatorio is described in seed 003 ("Ambos fueron
 * seleccionados por el Mecanismo a fines del 2022").
 */
public final class Tally {

    static final String SOURCE = "Issue 11 (approval voting; seed 003, section a)";

    /** A ballot as cast: who cast it (one voter = one member organisation), in the order cast. */
    public record Ballot(String voter, List<String> choices) {
        public Ballot {
            choices = List.copyOf(choices);
        }
    }

    public record Result(Map<String, Integer> counts, List<String> winners, List<String> ties, int ballots,
                         List<Step> steps) {
    }

    private Tally() {
    }

    /**
     * @param options the option keys in their order of presentation
     * @param seats   the number of winners k (at least 1)
     * @param ballots the ballots in the order they were cast (a voter's later ballot replaces the earlier one);
     *                choices outside {@code options} are ignored, repeated choices count once
     */
    public static Result count(List<String> options, int seats, List<Ballot> ballots) {
        if (seats < 1) {
            throw new IllegalArgumentException("at least one winner");
        }
        List<Step> steps = new ArrayList<>();
        Map<String, Set<String>> latest = new LinkedHashMap<>();
        for (Ballot ballot : ballots) {
            latest.remove(ballot.voter());
            latest.put(ballot.voter(), new LinkedHashSet<>(ballot.choices()));
        }
        steps.add(Step.of("ballots-counted", SOURCE, ballots.size(), latest.size()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        options.forEach(o -> counts.put(o, 0));
        for (Set<String> choices : latest.values()) {
            for (String choice : choices) {
                counts.computeIfPresent(choice, (k, n) -> n + 1);
            }
        }
        steps.add(Step.of("counts", SOURCE, counts.toString()));
        List<String> ranked = new ArrayList<>(options);
        ranked.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        List<String> winners = new ArrayList<>();
        List<String> ties = new ArrayList<>();
        if (ranked.size() <= seats) {
            winners.addAll(ranked);
        } else {
            int boundary = counts.get(ranked.get(seats - 1));
            List<String> above = ranked.stream().filter(o -> counts.get(o) > boundary).toList();
            List<String> at = ranked.stream().filter(o -> counts.get(o) == boundary).toList();
            winners.addAll(above);
            if (above.size() + at.size() <= seats) {
                winners.addAll(at);
            } else {
                ties.addAll(at);
                steps.add(Step.of("tie", SOURCE, boundary, seats - above.size(), at));
            }
        }
        steps.add(Step.of("winners", SOURCE, seats, List.copyOf(winners)));
        return new Result(java.util.Collections.unmodifiableMap(counts), List.copyOf(winners), List.copyOf(ties),
                latest.size(), List.copyOf(steps));
    }
}
