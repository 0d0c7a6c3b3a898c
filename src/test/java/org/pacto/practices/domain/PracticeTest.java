package org.pacto.practices.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pacto.platform.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pacto.practices.domain.PracticeStatus.DRAFT;
import static org.pacto.practices.domain.PracticeStatus.IN_REVIEW;
import static org.pacto.practices.domain.PracticeStatus.PUBLISHED;
import static org.pacto.practices.domain.PracticeStatus.PUBLISHED_AS_PROMISING;
import static org.pacto.practices.domain.PracticeStatus.REJECTED;
import static org.pacto.practices.domain.PracticeStatus.REVISION_REQUESTED;
import static org.pacto.practices.domain.PracticeStatus.SUBMITTED;
import static org.pacto.practices.domain.PracticeStatus.WITHDRAWN;

/**
 * The practice's status machine without Spring or a database: every action tried from every status,
 * allowed ones move to the documented status, refused ones answer a conflict with a stable code and
 * leave the practice as it was.
 */
class PracticeTest {

    static PracticeContent content(String title) {
        return new PracticeContent("es", title, "Resumen de la práctica", "<p>Descripción</p>", Map.of(), List.of(),
                List.of(), "service", LocalDate.of(2021, 3, 1), null, true, "local", List.of("AR"), List.of(),
                "Quilmes", null, null, List.of(4), List.of(), List.of(), List.of(), null, null, null, null, null, null,
                List.of(), null);
    }

    /** A practice brought to a status through the machine itself. */
    static Practice in(PracticeStatus status) {
        Practice practice = new Practice(UUID.randomUUID(), "Municipio", UUID.randomUUID(), "focal@example.org",
                content("Consulados móviles"));
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> practice.submit();
            case IN_REVIEW -> {
                practice.submit();
                practice.reviewersAssigned();
            }
            case REVISION_REQUESTED, PUBLISHED, PUBLISHED_AS_PROMISING, REJECTED -> {
                practice.submit();
                practice.reviewersAssigned();
                practice.decide(status, "Motivo de la decisión");
            }
            case WITHDRAWN -> practice.withdraw();
        }
        assertThat(practice.status()).isEqualTo(status);
        return practice;
    }

    /** Tries an action from every status: where allowed, checks the next status; elsewhere, the refusal. */
    static void everyStatus(Set<PracticeStatus> allowed, Consumer<Practice> action, String refusal,
                            Map<PracticeStatus, PracticeStatus> next) {
        for (PracticeStatus status : PracticeStatus.values()) {
            Practice practice = in(status);
            if (allowed.contains(status)) {
                action.accept(practice);
                assertThat(practice.status()).as("from " + status).isEqualTo(next.getOrDefault(status, status));
            } else {
                assertThatThrownBy(() -> action.accept(practice)).as("from " + status)
                        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(refusal));
                assertThat(practice.status()).as("unchanged from " + status).isEqualTo(status);
            }
        }
    }

    @Test
    void aNewPracticeIsADraftNeverPublishedNorReviewed() {
        Practice practice = in(DRAFT);
        assertThat(practice.publishedVersion()).isZero();
        assertThat(practice.reviewRound()).isZero();
        assertThat(practice.publishedAt()).isNull();
        assertThat(practice.submittedAt()).isNull();
    }

    @Test
    void onlyADraftOrOneReturnedForRevisionIsEdited() {
        everyStatus(EnumSet.of(DRAFT, REVISION_REQUESTED), p -> p.edit(content("Título nuevo")), "not-editable",
                Map.of());
        Practice draft = in(DRAFT);
        draft.edit(content("Título nuevo"));
        assertThat(draft.title()).isEqualTo("Título nuevo");
    }

    @Test
    void aDraftIsSubmittedAndOneReturnedForRevisionGoesBackIntoReview() {
        everyStatus(EnumSet.of(DRAFT, REVISION_REQUESTED), Practice::submit, "not-submittable",
                Map.of(DRAFT, SUBMITTED, REVISION_REQUESTED, IN_REVIEW));
        Practice draft = in(DRAFT);
        draft.submit();
        assertThat(draft.submittedAt()).isNotNull();
        Practice revised = in(REVISION_REQUESTED);
        assertThat(revised.reviewRound()).isEqualTo(1);
        revised.submit();
        assertThat(revised.reviewRound()).as("a resubmission opens the next round").isEqualTo(2);
    }

    @Test
    void assigningReviewersStartsTheFirstRoundAndMayAddReviewersDuringIt() {
        everyStatus(EnumSet.of(SUBMITTED, IN_REVIEW), Practice::reviewersAssigned, "not-in-screening",
                Map.of(SUBMITTED, IN_REVIEW));
        Practice practice = in(IN_REVIEW);
        practice.reviewersAssigned();
        assertThat(practice.reviewRound()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = PracticeStatus.class, names = {"PUBLISHED", "PUBLISHED_AS_PROMISING", "REVISION_REQUESTED",
        "REJECTED"})
    void onlyAPracticeInReviewIsDecided(PracticeStatus outcome) {
        everyStatus(EnumSet.of(IN_REVIEW), p -> p.decide(outcome, "Motivo"), "not-in-review",
                Map.of(IN_REVIEW, outcome));
    }

    @Test
    void publishingRecordsTheReviewTheDateAndVersionOne() {
        for (PracticeStatus outcome : List.of(PUBLISHED, PUBLISHED_AS_PROMISING)) {
            Practice practice = in(IN_REVIEW);
            practice.decide(outcome, "Cumple los criterios");
            assertThat(practice.status().isPublic()).isTrue();
            assertThat(practice.publishedVersion()).isEqualTo(1);
            assertThat(practice.peerReviewedAt()).isNotNull().isEqualTo(practice.publishedAt());
            assertThat(practice.decisionReason()).isEqualTo("Cumple los criterios");
        }
        Practice revised = in(IN_REVIEW);
        revised.decide(REVISION_REQUESTED, "Agregue resultados");
        assertThat(revised.revisionRequests()).isEqualTo("Agregue resultados");
        assertThat(revised.publishedAt()).isNull();
    }

    @Test
    void aDecisionNeedsAReasonAndIsOneOfTheFourOutcomes() {
        Practice practice = in(IN_REVIEW);
        assertThatThrownBy(() -> practice.decide(PUBLISHED, " ")).isInstanceOf(IllegalArgumentException.class);
        for (PracticeStatus notADecision : List.of(DRAFT, SUBMITTED, IN_REVIEW, WITHDRAWN)) {
            assertThatThrownBy(() -> practice.decide(notADecision, "Motivo"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(practice.status()).isEqualTo(IN_REVIEW);
    }

    /** As the machine stands, a published practice may be withdrawn too; only rejected and withdrawn ones not. */
    @Test
    void theSubmitterMayWithdrawUnlessRejectedOrAlreadyWithdrawn() {
        var allowed = EnumSet.complementOf(EnumSet.of(REJECTED, WITHDRAWN));
        var next = new java.util.EnumMap<PracticeStatus, PracticeStatus>(PracticeStatus.class);
        allowed.forEach(s -> next.put(s, WITHDRAWN));
        everyStatus(allowed, Practice::withdraw, "not-withdrawable", next);
    }

    @Test
    void onlyAPublishedPracticeTakesAnUpdateAndOnlyTheNextVersion() {
        everyStatus(EnumSet.of(PUBLISHED, PUBLISHED_AS_PROMISING), p -> p.publishUpdate(content("Versión 2"), 2),
                "not-published", Map.of());
        Practice practice = in(PUBLISHED);
        assertThatThrownBy(() -> practice.publishUpdate(content("Versión 3"), 3))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-update"));
        practice.publishUpdate(content("Versión 2"), 2);
        assertThat(practice.publishedVersion()).isEqualTo(2);
        assertThat(practice.title()).isEqualTo("Versión 2");
        assertThat(practice.status()).isEqualTo(PUBLISHED);
    }

    @Test
    void demoContentIsPublishedWithItsHistoricalDate() {
        Practice practice = in(IN_REVIEW);
        Instant then = Instant.parse("2022-05-01T00:00:00Z");
        practice.publishedOn(PUBLISHED, then, "Publicada en 2022");
        assertThat(practice.publishedAt()).isEqualTo(then);
        assertThat(practice.peerReviewedAt()).isEqualTo(then);
        assertThatThrownBy(() -> in(SUBMITTED).publishedOn(PUBLISHED, then, "Motivo"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not-in-review"));
    }
}
