package org.pacto.practices.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Mailer;
import org.pacto.practices.PracticePublished;
import org.pacto.practices.calculation.ReviewRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's decision after peer review (publish, publish as promising, revise, reject), and demo seeding. */
@Service
public class Decisions {

    private static final String RECORD = PracticeBook.RECORD;

    private final PracticeBook book;
    private final Submissions submissions;
    private final Assignments assignments;
    private final Reviews reviews;
    private final PracticeHistory history;
    private final Actors actors;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;

    Decisions(PracticeBook book, Submissions submissions, Assignments assignments, Reviews reviews,
              PracticeHistory history, Actors actors, AuditTrail audit, Mailer mailer,
              ApplicationEventPublisher events) {
        this.book = book;
        this.submissions = submissions;
        this.assignments = assignments;
        this.reviews = reviews;
        this.history = history;
        this.actors = actors;
        this.audit = audit;
        this.mailer = mailer;
        this.events = events;
    }

    @Transactional
    public Practice decide(Actor actor, String id, @Nullable String decision, @Nullable String reason) {
        Practice practice = book.visible(Optional.of(actor), id);
        book.requireStaff(actor);
        List<FieldProblem> problems = new ArrayList<>();
        if (decision == null || !ReviewRules.DECISIONS.contains(decision)) {
            problems.add(new FieldProblem("decision", "unknown-decision", decision));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "required"));
        } else if (reason.length() > PracticeValidation.TEXT_MAX) {
            problems.add(new FieldProblem("reason", "too-long", PracticeValidation.TEXT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        practice.requireInReview();
        var panel = assignments.findByPractice(practice.id());
        int reviewed = (int) reviews.findByPractice(practice.id()).stream()
                .filter(r -> r.round() == practice.reviewRound()).count();
        var readiness = ReviewRules.readiness((int) panel.stream().filter(ReviewAssignment::internal).count(),
                (int) panel.stream().filter(a -> !a.internal()).count(), panel.size(), reviewed);
        if (!readiness.ready()) {
            throw new ConflictException("reviews-incomplete", String.join("; ", readiness.steps()));
        }
        PracticeStatus outcome = PracticeStatus.fromCode(ReviewRules.statusAfter(decision)).orElseThrow();
        practice.decide(outcome, reason.strip());
        afterDecision(practice, decision, reason.strip());
        return practice;
    }

    /** A review as demo content records it. */
    public record SeedReview(String reviewerEmail, Map<String, Integer> scores, String recommendation,
                             String comment) {
    }

    /**
     * Demo content: a practice of an organisation taken as far as the seeds say (submitted, in review
     * or published with its peer reviews and date). Reviewers from the submitting or partner
     * organisations are skipped, as the secretariat would.
     */
    @Transactional
    public Practice seed(OrganisationSummary organisation, PracticeInput input, String key, PracticeStatus target,
                         List<SeedReview> seedReviews, Instant at, String reason) {
        Practice practice = submissions.createFor(organisation, input, key);
        if (target == PracticeStatus.DRAFT) {
            return practice;
        }
        practice.submit();
        history.snapshot(practice, "submitted", null);
        if (target == PracticeStatus.SUBMITTED) {
            return practice;
        }
        List<ReviewAssignment> panel = new ArrayList<>();
        for (SeedReview seedReview : seedReviews) {
            var reviewer = actors.byEmail(seedReview.reviewerEmail()).orElseThrow();
            UUID reviewerOrganisation = reviewer.organisation().value();
            if (reviewerOrganisation.equals(practice.organisationId())
                    || practice.partnerOrganisations().contains(reviewerOrganisation)) {
                continue;
            }
            boolean internal = actors.organisation(reviewer.organisation()).map(OrganisationSummary::internal)
                    .orElse(false);
            panel.add(assignments.save(new ReviewAssignment(practice.id(), reviewer.person().value(),
                    reviewer.email(), reviewer.name(), reviewerOrganisation, internal)));
        }
        practice.reviewersAssigned();
        boolean decided = target.isPublic();
        int written = 0;
        for (ReviewAssignment assignment : panel) {
            if (!decided && written >= 1) {
                break;
            }
            SeedReview seedReview = seedReviews.stream()
                    .filter(r -> r.reviewerEmail().equalsIgnoreCase(assignment.email())).findFirst().orElseThrow();
            assignment.declareNoConflict();
            PeerReview review = new PeerReview(assignment, practice.reviewRound(), seedReview.scores(),
                    seedReview.recommendation(), seedReview.comment());
            review.backdate(at.minus(java.time.Duration.ofDays(10 + written)));
            reviews.save(review);
            written++;
        }
        if (decided) {
            practice.publishedOn(target, at, reason);
            afterDecision(practice, target == PracticeStatus.PUBLISHED ? "publish" : "publish-as-promising", reason);
        }
        return practice;
    }

    private void afterDecision(Practice practice, String decision, String reason) {
        history.snapshot(practice, decision, practice.status().isPublic() ? practice.publishedVersion() : null);
        audit.changed(RECORD, practice.id().toString(), "decided", Map.of("decision", decision, "reason", reason));
        book.mailTo(practice).ifPresent(to -> mailer.send(new Mailer.OutgoingMail(to,
                "Pacto: decision on your practice",
                "The secretariat decided \"" + decision + "\" on \"" + practice.title() + "\".\n\n" + reason)));
        if (practice.status().isPublic()) {
            events.publishEvent(new PracticePublished(practice.id().toString(), practice.title(),
                    practice.organisationName(), practice.status() == PracticeStatus.PUBLISHED_AS_PROMISING));
        }
    }
}
