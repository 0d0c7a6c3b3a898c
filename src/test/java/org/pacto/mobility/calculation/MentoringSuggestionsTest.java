package org.pacto.mobility.calculation;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentoringSuggestionsTest {

    private static MentoringSuggestions.Person person(String key, Set<String> areas, Set<String> languages) {
        return new MentoringSuggestions.Person(key, areas, languages);
    }

    @Test
    void candidatesAreRankedBySharedAreasPlusOnePointForASharedLanguage() {
        var mentee = person("mentee", Set.of("fair-recruitment", "care-work", "labour-standards"), Set.of("es"));
        var twoAreasOtherLanguage = person("a", Set.of("fair-recruitment", "care-work"), Set.of("en"));
        var twoAreasSameLanguage = person("b", Set.of("care-work", "labour-standards"), Set.of("es", "en"));
        var oneAreaSameLanguage = person("c", Set.of("care-work"), Set.of("es"));
        var noArea = person("d", Set.of("skills-recognition"), Set.of("es"));
        var ranked = MentoringSuggestions.rank(mentee,
                List.of(noArea, oneAreaSameLanguage, twoAreasOtherLanguage, twoAreasSameLanguage));
        assertThat(ranked).extracting(s -> s.candidate().key()).containsExactly("b", "a", "c");
        assertThat(ranked).extracting(MentoringSuggestions.Suggestion::score).containsExactly(3, 2, 2);
        assertThat(ranked.getFirst().sharedAreas()).containsExactly("care-work", "labour-standards");
        assertThat(ranked.getFirst().sharedLanguages()).containsExactly("es");
    }

    @Property
    void theScoreIsSymmetricAndRankingNeverIncreases(@ForAll("people") MentoringSuggestions.Person a,
                                                    @ForAll("people") MentoringSuggestions.Person b,
                                                    @ForAll("groups") List<MentoringSuggestions.Person> others) {
        assertThat(MentoringSuggestions.score(a, b).map(MentoringSuggestions.Suggestion::score))
                .isEqualTo(MentoringSuggestions.score(b, a).map(MentoringSuggestions.Suggestion::score));
        var ranked = MentoringSuggestions.rank(a, others);
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).score()).isLessThanOrEqualTo(ranked.get(i - 1).score());
        }
        for (var s : ranked) {
            assertThat(s.score()).isEqualTo(s.sharedAreas().size() + (s.sharedLanguages().isEmpty() ? 0 : 1));
            assertThat(s.sharedAreas()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<MentoringSuggestions.Person> people() {
        var areas = Arbitraries.of("a1", "a2", "a3", "a4", "a5").set().ofMaxSize(5);
        var languages = Arbitraries.of("es", "en", "fr", "pt").set().ofMaxSize(4);
        var keys = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4);
        return net.jqwik.api.Combinators.combine(keys, areas, languages).as(MentoringSuggestions.Person::new);
    }

    @Provide
    Arbitrary<List<MentoringSuggestions.Person>> groups() {
        return people().list().ofMaxSize(12);
    }
}
