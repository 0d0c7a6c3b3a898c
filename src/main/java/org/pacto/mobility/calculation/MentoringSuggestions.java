package org.pacto.mobility.calculation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Suggested mentoring pairs (issue 14, after seed 001, line 2: virtual mentoring for officials): a mentor and a
 * mentee score one point per area they share, plus one point when they share at least one language. A pair with
 * no shared area is not suggested (a common language alone gives nothing to mentor on); a pair without a shared
 * language is, one point lower (interpretation can bridge it). Ranked by score, then by the candidate's key.
 */
public final class MentoringSuggestions {

    static final String SOURCE = "Issue 14: ranked by shared areas, plus one point for a shared language";

    private MentoringSuggestions() {
    }

    /** A mentor or mentee as the rule sees them: a stable key, areas and languages (codes). */
    public record Person(String key, Set<String> areas, Set<String> languages) {
        public Person {
            areas = Set.copyOf(areas);
            languages = Set.copyOf(languages);
        }
    }

    public record Suggestion(Person candidate, int score, List<String> sharedAreas, List<String> sharedLanguages,
                             List<Step> steps) {
    }

    /** The score of one pair, or empty when the pair is not suggested. */
    public static java.util.Optional<Suggestion> score(Person of, Person candidate) {
        var areas = shared(of.areas(), candidate.areas());
        var languages = shared(of.languages(), candidate.languages());
        if (areas.isEmpty()) {
            return java.util.Optional.empty();
        }
        int languagePoint = languages.isEmpty() ? 0 : 1;
        return java.util.Optional.of(new Suggestion(candidate, areas.size() + languagePoint, areas, languages,
                List.of(Step.of("mentoring-shared-areas", SOURCE, (long) areas.size(), areas),
                        Step.of("mentoring-shared-language", SOURCE, (long) languagePoint, languages))));
    }

    /** The candidates worth suggesting to {@code of}, best first. */
    public static List<Suggestion> rank(Person of, List<Person> candidates) {
        var out = new ArrayList<Suggestion>();
        for (var c : candidates) {
            if (!c.key().equals(of.key())) {
                score(of, c).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(s -> s.candidate().key()));
        return out;
    }

    private static List<String> shared(Set<String> a, Set<String> b) {
        var both = new HashSet<>(a);
        both.retainAll(b);
        return both.stream().sorted().toList();
    }
}
