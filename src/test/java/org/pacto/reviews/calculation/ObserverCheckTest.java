package org.pacto.reviews.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pacto.reviews.calculation.ObserverCheck.Entry;
import org.pacto.reviews.calculation.ObserverCheck.Finding;

/** Each rule of the observer's check, on small inventories whose answer can be worked out by hand. */
class ObserverCheckTest {

    static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

    static Entry entry(String id, String status, Set<Integer> objectives) {
        return new Entry(id, "Ministerio", "Iniciativa " + id, "programme", status, objectives, Set.of(),
                LocalDate.of(2024, 1, 1), null, true, LocalDate.of(2026, 1, 1));
    }

    static Entry with(Entry e, String type, boolean legalBasis, LocalDate start, LocalDate end, LocalDate verified) {
        return new Entry(e.id(), e.authority(), e.title(), type, e.status(), e.objectives(), e.principles(), start,
                end, legalBasis, verified);
    }

    @Test
    void coverageSplitsTheObjectivesIntoCoveredPlannedOnlyAndGapsAndGivesTheShareToOneDecimal() {
        var result = ObserverCheck.check(REFERENCE, List.of(entry("a", "in-force", Set.of(1, 2, 3)),
                entry("b", "planned", Set.of(3, 4)), entry("c", "ended", Set.of(5))));
        assertThat(result.coverage().covered()).containsExactly(1, 2, 3);
        assertThat(result.coverage().plannedOnly()).containsExactly(4);
        assertThat(result.coverage().gaps()).hasSize(19).contains(5).doesNotContain(1, 4);
        assertThat(result.coverage().share()).isEqualTo(13.0); // 3 / 23 = 13.04… → 13.0
        assertThat(ObserverCheck.share(1)).isEqualTo(4.3);
        assertThat(ObserverCheck.share(23)).isEqualTo(100.0);
    }

    @Test
    void anInitiativeEndedOrNotYetStartedAtTheReferenceDateDoesNotCover() {
        Entry ended = with(entry("a", "in-force", Set.of(7)), "plan", true, LocalDate.of(2020, 1, 1),
                LocalDate.of(2026, 6, 29), LocalDate.of(2026, 1, 1));
        Entry later = with(entry("b", "in-force", Set.of(8)), "plan", true, LocalDate.of(2026, 7, 1), null,
                LocalDate.of(2026, 1, 1));
        Entry lastDay = with(entry("c", "in-force", Set.of(9)), "plan", true, LocalDate.of(2020, 1, 1), REFERENCE,
                LocalDate.of(2026, 1, 1));
        var coverage = ObserverCheck.check(REFERENCE, List.of(ended, later, lastDay)).coverage();
        assertThat(coverage.covered()).containsExactly(9);
        assertThat(coverage.plannedOnly()).containsExactly(8);
    }

    @Test
    void duplicatesAreFoundAfterNormalisingCaseAccentsPunctuationAndSpaces() {
        Entry a = new Entry("a", "Superintendencia Nacional de Migraciones", "Ley N.º 31.685, protección", "law",
                "in-force", Set.of(7), Set.of(), null, null, true, null);
        Entry b = new Entry("b", "superintendencia  nacional de migraciones", "LEY Nº 31685 proteccion", "law",
                "in-force", Set.of(7), Set.of(), null, null, true, null);
        Entry other = new Entry("c", "Cancillería", "Ley N.º 31.685, protección", "law", "in-force", Set.of(7),
                Set.of(), null, null, true, null);
        var findings = ObserverCheck.check(REFERENCE, List.of(b, a, other)).findings();
        assertThat(findings).filteredOn(f -> f.rule().equals("duplicate")).singleElement()
                .satisfies(f -> assertThat(f.initiatives()).containsExactly("a", "b"));
    }

    @Test
    void staleWhenEndedBeforeTheReferenceDateOrVerifiedMoreThan24MonthsBefore() {
        Entry ended = with(entry("a", "in-force", Set.of(1)), "plan", true, LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1));
        Entry unverified = with(entry("b", "in-force", Set.of(1)), "plan", true, LocalDate.of(2020, 1, 1), null,
                LocalDate.of(2024, 6, 29));
        Entry justVerified = with(entry("c", "in-force", Set.of(1)), "plan", true, LocalDate.of(2020, 1, 1), null,
                LocalDate.of(2024, 6, 30));
        var stale = ObserverCheck.check(REFERENCE, List.of(ended, unverified, justVerified)).findings().stream()
                .filter(f -> f.rule().equals("stale")).toList();
        assertThat(stale).extracting(f -> f.initiatives().getFirst() + "/" + f.detail())
                .containsExactlyInAnyOrder("a/ended", "b/unverified");
    }

    @Test
    void endBeforeStartLawsWithoutLegalBasisAndOverduePlansAreFlagged() {
        Entry backwards = with(entry("a", "in-force", Set.of(1)), "plan", true, LocalDate.of(2025, 1, 1),
                LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1));
        Entry law = with(entry("b", "in-force", Set.of(1)), "law", false, LocalDate.of(2023, 1, 1), null,
                LocalDate.of(2026, 1, 1));
        Entry plannedLaw = with(entry("c", "planned", Set.of(1)), "law", false, LocalDate.of(2024, 6, 29), null,
                LocalDate.of(2026, 1, 1));
        Entry overdue = with(entry("d", "planned", Set.of(1)), "plan", true, LocalDate.of(2024, 6, 29), null,
                LocalDate.of(2026, 1, 1));
        var rules = ObserverCheck.check(REFERENCE, List.of(backwards, law, plannedLaw, overdue)).findings().stream()
                .map(f -> f.rule() + "/" + f.initiatives().getFirst()).toList();
        assertThat(rules).contains("end-before-start/a", "no-legal-basis/b", "planned-overdue/c",
                "planned-overdue/d").doesNotContain("no-legal-basis/c");
    }

    @Test
    void aChildSensitiveInitiativeOnDetentionIsShownWithAWarningForHumanReview() {
        Entry detention = new Entry("a", "Ministerio del Interior", "Alternativas a la detención", "programme",
                "in-force", Set.of(13), Set.of("child-sensitive"), null, null, true, null);
        Entry elsewhere = new Entry("b", "Ministerio del Interior", "Escuelas", "programme", "in-force", Set.of(16),
                Set.of("child-sensitive"), null, null, true, null);
        List<Finding> warnings = ObserverCheck.check(REFERENCE, List.of(detention, elsewhere)).findings();
        assertThat(warnings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("principle-warning");
            assertThat(f.objective()).isEqualTo(13);
            assertThat(f.initiatives()).containsExactly("a");
            assertThat(f.source()).contains("paragraph 15");
        });
    }

    @Test
    void everyResultCarriesItsStepsWithSources() {
        var result = ObserverCheck.check(REFERENCE, List.of(entry("a", "in-force", Set.of(1))));
        assertThat(result.steps()).extracting(Step::code).containsExactly("reference-date", "coverage", "findings");
        assertThat(result.steps()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
    }

    @Test
    void normalisingKeepsLettersAndDigitsOnly() {
        assertThat(ObserverCheck.normalised("  Protocolo de Atención  Integral, NNA!  "))
                .isEqualTo("protocolo de atencion integral nna");
    }
}
