package org.pacto.reviews.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pacto.platform.ConflictException;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedText;

/** The inventory's status machine: draft → submitted → observer-queries ⇄ revised → validated → published. */
class InventoryTest {

    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    static InitiativeDetails details(String title) {
        return new InitiativeDetails(LocalizedText.of(Language.ES, title), "Ministerio", "national",
                Direction.IMMIGRATION, InitiativeType.LAW, List.of(4, 7), List.of("rule-of-law"),
                InitiativeStatus.IN_FORCE, LocalDate.of(2020, 1, 1), null, "Ley 1", null, null, null, List.of(),
                LocalDate.of(2026, 1, 1));
    }

    static Inventory draft() {
        var inventory = new Inventory(UUID.randomUUID(), UUID.randomUUID(), "Gobierno", "AR", "national", null, false,
                NOW);
        inventory.add(details("Ley de Migraciones"), NOW);
        return inventory;
    }

    static String code(Runnable step) {
        try {
            step.run();
            return "none";
        } catch (ConflictException e) {
            return e.code();
        }
    }

    @Test
    void theWholePathFromDraftToPublished() {
        Inventory inventory = draft();
        inventory.submit(NOW);
        assertThat(inventory.status()).isEqualTo(InventoryStatus.SUBMITTED);
        var query = inventory.ask(null, "¿Sigue vigente?", NOW);
        assertThat(inventory.status()).isEqualTo(InventoryStatus.OBSERVER_QUERIES);
        inventory.answer(query.id(), "Sí, desde 2004.", NOW);
        inventory.submit(NOW);
        assertThat(inventory.status()).isEqualTo(InventoryStatus.REVISED);
        inventory.ask(null, "¿Y el reglamento?", NOW);
        assertThat(inventory.status()).as("queries ⇄ revised").isEqualTo(InventoryStatus.OBSERVER_QUERIES);
        inventory.answer(inventory.queries().get(1).id(), "Decreto 616/2010.", NOW);
        inventory.submit(NOW);
        inventory.validate(NOW);
        assertThat(inventory.status()).isEqualTo(InventoryStatus.VALIDATED);
        inventory.publish(NOW);
        assertThat(inventory.status()).isEqualTo(InventoryStatus.PUBLISHED);
        assertThat(inventory.publishedAt()).isEqualTo(NOW);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Inventory inventory = draft();
        assertThat(code(() -> inventory.validate(NOW))).isEqualTo("inventory-status");
        assertThat(code(() -> inventory.publish(NOW))).isEqualTo("inventory-status");
        assertThat(code(() -> inventory.ask(null, "?", NOW))).isEqualTo("inventory-status");
        inventory.submit(NOW);
        assertThat(code(() -> inventory.submit(NOW))).isEqualTo("inventory-status");
        assertThat(code(() -> inventory.publish(NOW))).as("publish needs validation").isEqualTo("inventory-status");
    }

    @Test
    void aRevisedInventoryGoesBackOnlyOnceEveryQueryIsAnswered() {
        Inventory inventory = draft();
        inventory.submit(NOW);
        inventory.ask("stale:ended::x", "¿Terminó?", NOW);
        assertThat(code(() -> inventory.submit(NOW))).isEqualTo("open-queries");
        assertThat(inventory.status()).isEqualTo(InventoryStatus.OBSERVER_QUERIES);
    }

    @Test
    void theGovernmentEditsOnlyWhileDraftingOrAnsweringQueries() {
        Inventory inventory = draft();
        UUID first = inventory.initiatives().getFirst().id();
        inventory.submit(NOW);
        assertThat(code(() -> inventory.add(details("Otra"), NOW))).isEqualTo("inventory-not-editable");
        assertThat(code(() -> inventory.remove(first, NOW))).isEqualTo("inventory-not-editable");
        inventory.ask(null, "¿Falta algo?", NOW);
        inventory.add(details("Reglamento"), NOW);
        assertThat(inventory.initiatives()).hasSize(2);
    }

    @Test
    void aPublishedInventoryIsFrozen() {
        Inventory inventory = draft();
        inventory.submit(NOW);
        inventory.validate(NOW);
        inventory.publish(NOW);
        UUID first = inventory.initiatives().getFirst().id();
        assertThat(code(() -> inventory.change(first, details("Cambiada"), NOW))).isEqualTo("inventory-not-editable");
        assertThat(code(() -> inventory.answerAssessment(Map.of(), NOW))).isEqualTo("inventory-not-editable");
        assertThat(code(() -> inventory.ask(null, "?", NOW))).isEqualTo("inventory-status");
        assertThat(inventory.initiatives().getFirst().title().in(Language.ES).text()).isEqualTo("Ley de Migraciones");
    }

    @Test
    void theNextCycleStartsFromACopyOfThePublishedOne() {
        Inventory previous = draft();
        previous.answerAssessment(Map.of("rights-services", new AssessmentAnswer("rights-services", "present", null)),
                NOW);
        previous.submit(NOW);
        previous.validate(NOW);
        previous.publish(NOW);
        var next = new Inventory(UUID.randomUUID(), previous.organisationId(), "Gobierno", "AR", "national", null,
                false, NOW);
        next.copyFrom(previous, NOW);
        assertThat(next.status()).isEqualTo(InventoryStatus.DRAFT);
        assertThat(next.copiedFrom()).isEqualTo(previous.id());
        assertThat(next.initiatives()).singleElement().satisfies(i -> {
            assertThat(i.id()).isNotEqualTo(previous.initiatives().getFirst().id());
            assertThat(i.details()).isEqualTo(previous.initiatives().getFirst().details());
        });
        assertThat(next.answers()).hasSize(1);
        assertThat(next.queries()).isEmpty();
    }

    @Test
    void aCycleClosesAfterItOpens() {
        assertThatThrownBy(() -> new ReviewCycle("x", Forum.REGIONAL, LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), "s", false))
                .isInstanceOf(IllegalArgumentException.class);
        var cycle = new ReviewCycle("x", Forum.REGIONAL, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 3, 31), "s", false);
        assertThat(cycle.openOn(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(cycle.openOn(LocalDate.of(2027, 4, 1))).isFalse();
    }
}
