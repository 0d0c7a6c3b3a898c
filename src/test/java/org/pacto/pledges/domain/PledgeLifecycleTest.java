package org.pacto.pledges.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pacto.platform.ConflictException;
import org.pacto.platform.Language;
import org.pacto.pledges.PledgeFixture;

/**
 * The pledge's state machine, without Spring or a database: every transition from every status, allowed (the status
 * it leads to) or refused (the conflict code the API answers with 409).
 */
class PledgeLifecycleTest {

    static final LocalDate DEADLINE = LocalDate.of(2027, 12, 31);
    static final LocalDate BEFORE = DEADLINE.minusDays(1);
    static final LocalDate AFTER = DEADLINE.plusDays(1);

    /** What is attempted; {@code complete} says whether the pledge reached 100 % before the attempt. */
    enum Step {
        SUBMIT(false, (p, today) -> p.submit()),
        PUBLISH(false, (p, today) -> p.publish(Instant.now())),
        RETURN(false, (p, today) -> p.returnWith("Precise la línea de base.")),
        REPORT(false, (p, today) -> p.report(BEFORE, "Avance.", p.organisationId(),
                Map.of(p.targets().getFirst().id(), BigDecimal.TEN))),
        WITHDRAW(false, (p, today) -> p.close(PledgeStatus.WITHDRAWN, BEFORE)),
        FULFIL_AT_100(true, (p, today) -> p.close(PledgeStatus.FULFILLED, BEFORE)),
        FULFIL_BELOW_100(false, (p, today) -> p.close(PledgeStatus.FULFILLED, BEFORE)),
        NOT_FULFILLED_BEFORE_DEADLINE(false, (p, today) -> p.close(PledgeStatus.NOT_FULFILLED, DEADLINE)),
        NOT_FULFILLED_AFTER_DEADLINE(false, (p, today) -> p.close(PledgeStatus.NOT_FULFILLED, AFTER)),
        PARTIALLY_AFTER_DEADLINE(false, (p, today) -> p.close(PledgeStatus.PARTIALLY_FULFILLED, AFTER)),
        CLOSE_AS_DRAFT(false, (p, today) -> p.close(PledgeStatus.DRAFT, AFTER));

        final boolean complete;
        final BiConsumer<Pledge, LocalDate> action;

        Step(boolean complete, BiConsumer<Pledge, LocalDate> action) {
            this.complete = complete;
            this.action = action;
        }
    }

    static Stream<Arguments> transitions() {
        List<Arguments> all = new ArrayList<>();
        for (PledgeStatus from : PledgeStatus.values()) {
            for (Step step : Step.values()) {
                all.add(Arguments.of(from, step, expected(from, step)));
            }
        }
        return all.stream();
    }

    /** The rules, written out: a status name is where the pledge goes, anything else is the refusal's code. */
    static String expected(PledgeStatus from, Step step) {
        return switch (step) {
            case SUBMIT -> from == PledgeStatus.DRAFT ? "SUBMITTED" : "not-a-draft";
            case PUBLISH -> from == PledgeStatus.SUBMITTED ? "PUBLISHED" : "not-submitted";
            case RETURN -> from == PledgeStatus.SUBMITTED ? "DRAFT" : "not-submitted";
            case REPORT -> from.open() ? "IN_PROGRESS" : "not-open";
            case WITHDRAW -> from.open() ? "WITHDRAWN" : "not-open";
            case FULFIL_AT_100 -> from.open() ? "FULFILLED" : "not-open";
            case FULFIL_BELOW_100 -> from.open() ? "not-complete" : "not-open";
            case NOT_FULFILLED_BEFORE_DEADLINE -> from.open() ? "deadline-not-passed" : "not-open";
            case NOT_FULFILLED_AFTER_DEADLINE -> from.open() ? "NOT_FULFILLED" : "not-open";
            case PARTIALLY_AFTER_DEADLINE -> from.open() ? "PARTIALLY_FULFILLED" : "not-open";
            case CLOSE_AS_DRAFT -> from.open() ? "not-an-outcome" : "not-open";
        };
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("transitions")
    void everyTransitionIsAllowedOrRefusedAsTheRulesSay(PledgeStatus from, Step step, String expected) {
        Pledge pledge = pledgeIn(from, step.complete);
        boolean allowed = expected.equals(expected.toUpperCase());
        if (allowed) {
            step.action.accept(pledge, BEFORE);
            assertThat(pledge.status()).isEqualTo(PledgeStatus.valueOf(expected));
        } else {
            assertThatThrownBy(() -> step.action.accept(pledge, BEFORE))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(expected));
            assertThat(pledge.status()).as("a refused step changes nothing").isEqualTo(from);
        }
    }

    @Test
    void aSubmittedPledgeWithoutTargetsIsNotPublished() {
        Pledge pledge = new Pledge(UUID.randomUUID(), "Municipalidad de Quilmes", "local-authority", details(List.of()));
        pledge.submit();
        assertThatThrownBy(() -> pledge.publish(Instant.now()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not-concrete"));
        assertThat(pledge.status()).isEqualTo(PledgeStatus.SUBMITTED);
    }

    @Test
    void aReturnKeepsTheReasonUntilTheNextSubmission() {
        Pledge pledge = pledgeIn(PledgeStatus.SUBMITTED, false);
        pledge.returnWith("Precise la línea de base.");
        assertThat(pledge.returnReason()).isEqualTo("Precise la línea de base.");
        pledge.submit();
        assertThat(pledge.returnReason()).isNull();
    }

    @Test
    void theTextsAreLocalizedWithTheOriginalLanguageKept() {
        Pledge pledge = pledgeIn(PledgeStatus.DRAFT, false);
        assertThat(pledge.titleText().original()).isEqualTo(Language.ES);
        assertThat(pledge.titleText().in(Language.EN).text()).isEqualTo("One-stop desk");
        assertThat(pledge.titleText().in(Language.FR).asked()).isFalse();
        assertThat(pledge.need().in(Language.EN).text()).isEqualTo("Nobody knew which office to go to.");
        assertThat(pledge.descriptionText().in(Language.EN).language()).as("no English description given")
                .isEqualTo(Language.ES);
    }

    private static Pledge pledgeIn(PledgeStatus status, boolean complete) {
        Pledge pledge = new Pledge(UUID.randomUUID(), "Municipalidad de Quilmes", "local-authority",
                details(List.of(PledgeFixture.target())));
        if (complete) {
            pledge.restore(PledgeStatus.PUBLISHED, Instant.now());
            pledge.report(BEFORE, "Meta alcanzada.", pledge.organisationId(),
                    Map.of(pledge.targets().getFirst().id(), BigDecimal.valueOf(100)));
            assertThat(pledge.fulfilment()).isEqualByComparingTo("100");
        }
        if (status != PledgeStatus.DRAFT || complete) {
            pledge.restore(status, status.isPublic() ? Instant.now() : null);
        }
        return pledge;
    }

    private static PledgeDetails details(List<PledgeDetails.TargetDetails> targets) {
        return PledgeFixture.details(targets);
    }
}
