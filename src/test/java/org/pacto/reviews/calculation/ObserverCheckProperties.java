package org.pacto.reviews.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pacto.reviews.calculation.ObserverCheck.Entry;

/** What must hold for any inventory, not only the examples. */
class ObserverCheckProperties {

    static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

    @Provide
    Arbitrary<List<Entry>> inventories() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-3000, 1500).map(REFERENCE::plusDays);
        Arbitrary<Entry> entry = Combinators.combine(
                Arbitraries.of("Ministerio", "Cancillería", "Municipio"),
                Arbitraries.of("Plan", "Ley 31.685", "ley 31685", "Protocolo"),
                Arbitraries.of("law", "regulation", "plan", "programme", "service", "agreement"),
                Arbitraries.of("planned", "in-force", "ended"),
                Arbitraries.integers().between(1, 23).set().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of("child-sensitive", "human-rights", "gender-responsive").set().ofMaxSize(2),
                dates.injectNull(0.2), dates.injectNull(0.5))
                .as((authority, title, type, status, objectives, principles, start, end) ->
                        new Entry("x", authority, title, type, status, objectives, principles, start, end,
                                !type.equals("law"), end));
        return entry.list().ofMaxSize(12).map(list -> {
            List<Entry> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Entry e = list.get(i);
                numbered.add(new Entry("i" + i, e.authority(), e.title(), e.type(), e.status(), e.objectives(),
                        e.principles(), e.start(), e.end(), e.legalBasis(), e.lastVerified()));
            }
            return numbered;
        });
    }

    @Property
    void coveredPlannedOnlyAndGapsPartitionTheTwentyThreeObjectives(@ForAll("inventories") List<Entry> entries) {
        var coverage = ObserverCheck.check(REFERENCE, entries).coverage();
        List<Integer> all = new ArrayList<>(coverage.covered());
        all.addAll(coverage.plannedOnly());
        all.addAll(coverage.gaps());
        assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 23).boxed().toList());
        assertThat(coverage.share()).isEqualTo(Math.round(coverage.covered().size() * 1000.0 / 23) / 10.0);
    }

    @Property
    void addingAnInitiativeInForceNeverLosesCoverage(@ForAll("inventories") List<Entry> entries,
                                                     @ForAll("objectiveSets") Set<Integer> objectives) {
        var before = ObserverCheck.check(REFERENCE, entries).coverage();
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry("new", "Nueva", "Nueva", "plan", "in-force", objectives, Set.of(), null, null, true,
                null));
        var after = ObserverCheck.check(REFERENCE, more).coverage();
        assertThat(after.covered()).containsAll(before.covered()).containsAll(objectives);
        assertThat(after.share()).isGreaterThanOrEqualTo(before.share());
    }

    @Provide
    Arbitrary<Set<Integer>> objectiveSets() {
        return Arbitraries.integers().between(1, 23).set().ofMinSize(1).ofMaxSize(5);
    }

    @Property
    void theOrderOfTheInitiativesDoesNotChangeTheFindings(@ForAll("inventories") List<Entry> entries) {
        List<Entry> reversed = new ArrayList<>(entries);
        java.util.Collections.reverse(reversed);
        assertThat(ObserverCheck.check(REFERENCE, reversed).findings())
                .containsExactlyInAnyOrderElementsOf(ObserverCheck.check(REFERENCE, entries).findings());
    }

    @Property
    void everyFindingNamesKnownInitiativesAndASource(@ForAll("inventories") List<Entry> entries) {
        Set<String> ids = new HashSet<>(entries.stream().map(Entry::id).toList());
        assertThat(ObserverCheck.check(REFERENCE, entries).findings()).allSatisfy(f -> {
            assertThat(ids).containsAll(f.initiatives());
            assertThat(f.source()).isNotBlank();
            assertThat(f.rule()).isIn("duplicate", "stale", "end-before-start", "no-legal-basis", "planned-overdue",
                    "principle-warning");
        });
    }

    @Property
    void normalisingIsIdempotentAndIgnoresCase(@ForAll String text) {
        String once = ObserverCheck.normalised(text);
        assertThat(ObserverCheck.normalised(once)).isEqualTo(once);
        assertThat(ObserverCheck.normalised(text.toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(ObserverCheck.normalised(text.toLowerCase(java.util.Locale.ROOT)));
    }

    @Property
    void coherenceListsAreDisjointFromTheOtherSide(@ForAll("objectiveSets") Set<Integer> national,
                                                   @ForAll("objectiveSets") Set<Integer> local) {
        var result = Coherence.compare(national, List.of(local));
        assertThat(result.localOnly()).doesNotContainAnyElementsOf(national).allMatch(local::contains);
        assertThat(result.nationalOnly()).doesNotContainAnyElementsOf(local).allMatch(national::contains);
    }

    @Property
    void assessmentSharesAddUpToTheAnsweredShare(@ForAll("answers") Map<String, String> answers) {
        List<SelfAssessment.Question> catalogue = IntStream.range(0, 7)
                .mapToObj(i -> new SelfAssessment.Question("q" + i, i < 4 ? "a" : "b")).toList();
        for (var d : SelfAssessment.summarise(catalogue, answers).domains()) {
            assertThat(d.present() + d.partial() + d.absent()).isCloseTo(d.answered(), org.assertj.core.data.Offset.offset(0.11));
            assertThat(d.answered()).isBetween(0.0, 100.0);
        }
    }

    @Provide
    Arbitrary<Map<String, String>> answers() {
        return Arbitraries.maps(Arbitraries.of("q0", "q1", "q2", "q3", "q4", "q5", "q6"),
                Arbitraries.of("present", "partial", "absent"));
    }
}
