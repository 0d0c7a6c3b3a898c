package org.pacto.practices.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Mailer;
import org.pacto.practices.calculation.ReviewRules;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The peer-review desk: the secretariat assigns a panel (with suggestions), reviewers declare no
 * conflict of interest and review; who sees which reviews is decided here.
 */
@Service
public class ReviewDesk {

    private static final String RECORD = PracticeBook.RECORD;

    private final PracticeBook book;
    private final PracticeRepository practices;
    private final Assignments assignments;
    private final Reviews reviews;
    private final Actors actors;
    private final AuditTrail audit;
    private final Mailer mailer;

    ReviewDesk(PracticeBook book, PracticeRepository practices, Assignments assignments, Reviews reviews,
               Actors actors, AuditTrail audit, Mailer mailer) {
        this.book = book;
        this.practices = practices;
        this.assignments = assignments;
        this.reviews = reviews;
        this.actors = actors;
        this.audit = audit;
        this.mailer = mailer;
    }

    @Transactional
    public List<ReviewAssignment> assign(Actor actor, String id, List<String> emails) {
        Practice practice = book.visible(Optional.of(actor), id);
        book.requireStaff(actor);
        List<FieldProblem> problems = new ArrayList<>();
        List<ReviewAssignment> current = assignments.findByPractice(practice.id());
        List<ReviewAssignment> added = new ArrayList<>();
        if (emails.isEmpty()) {
            problems.add(new FieldProblem("reviewers", "required"));
        }
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i) == null ? "" : emails.get(i).trim();
            Optional<Actor> reviewer = actors.byEmail(email);
            String field = "reviewers[" + i + "]";
            if (reviewer.isEmpty() || !reviewer.get().has(Role.REVIEWER)) {
                problems.add(new FieldProblem(field, "not-a-reviewer", email));
                continue;
            }
            UUID organisation = reviewer.get().organisation().value();
            if (organisation.equals(practice.organisationId()) || practice.partnerOrganisations().contains(organisation)) {
                problems.add(new FieldProblem(field, "reviewer-conflict", email));
                continue;
            }
            boolean already = current.stream().anyMatch(a -> a.reviewer().equals(reviewer.get().person().value()))
                    || added.stream().anyMatch(a -> a.reviewer().equals(reviewer.get().person().value()));
            if (already) {
                continue;
            }
            boolean internal = actors.organisation(reviewer.get().organisation()).map(OrganisationSummary::internal)
                    .orElse(false);
            added.add(new ReviewAssignment(practice.id(), reviewer.get().person().value(), reviewer.get().email(),
                    reviewer.get().name(), organisation, internal));
        }
        long internal = java.util.stream.Stream.concat(current.stream(), added.stream())
                .filter(ReviewAssignment::internal).count();
        long external = java.util.stream.Stream.concat(current.stream(), added.stream())
                .filter(a -> !a.internal()).count();
        if (problems.isEmpty() && !ReviewRules.panelComplete((int) internal, (int) external)) {
            problems.add(new FieldProblem("reviewers", "panel-incomplete", ReviewRules.MIN_INTERNAL,
                    ReviewRules.MIN_EXTERNAL));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        practice.reviewersAssigned();
        assignments.saveAll(added);
        for (ReviewAssignment a : added) {
            mailer.send(new Mailer.OutgoingMail(a.email(), "Pacto: a practice to review",
                    "You were asked to review \"" + practice.title() + "\". Declare that you have no conflict of "
                            + "interest before reading it."));
        }
        audit.changed(RECORD, practice.id().toString(), "reviewers-assigned",
                Map.of("reviewers", added.stream().map(ReviewAssignment::email).toList()));
        return added;
    }

    @Transactional
    public void declareNoConflict(Actor actor, String id) {
        Practice practice = book.assignedTo(actor, id);
        ReviewAssignment assignment = requireAssignment(actor, practice);
        assignment.declareNoConflict();
        audit.changed(RECORD, practice.id().toString(), "no-conflict-declared", Map.of("reviewer",
                assignment.id().toString()));
    }

    public record ReviewInput(@Nullable Map<String, Integer> scores, @Nullable String recommendation,
                              @Nullable String comment, @Nullable Boolean noConflictOfInterest) {
    }

    @Transactional
    public PeerReview review(Actor actor, String id, ReviewInput input) {
        Practice practice = book.assignedTo(actor, id);
        ReviewAssignment assignment = requireAssignment(actor, practice);
        Map<String, Integer> scores = input.scores() == null ? Map.of() : input.scores();
        String recommendation = input.recommendation() == null ? "" : input.recommendation();
        List<FieldProblem> problems = new ArrayList<>();
        for (String problem : ReviewRules.problems(scores, recommendation)) {
            String[] parts = problem.split(":");
            problems.add(new FieldProblem(parts[0], parts[1]));
        }
        String comment = input.comment() == null ? "" : input.comment().strip();
        if (comment.isEmpty()) {
            problems.add(new FieldProblem("comment", "required"));
        } else if (comment.length() > PracticeValidation.TEXT_MAX) {
            problems.add(new FieldProblem("comment", "too-long", PracticeValidation.TEXT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        practice.requireInReview();
        if (Boolean.TRUE.equals(input.noConflictOfInterest())) {
            assignment.declareNoConflict();
        }
        if (!assignment.declared()) {
            throw new ConflictException("conflict-of-interest-undeclared", "Declare no conflict of interest first");
        }
        boolean already = reviews.findByPractice(practice.id()).stream()
                .anyMatch(r -> r.assignmentId().equals(assignment.id()) && r.round() == practice.reviewRound());
        if (already) {
            throw new ConflictException("already-reviewed", "Already reviewed in this round");
        }
        PeerReview review = reviews.save(new PeerReview(assignment, practice.reviewRound(), scores, recommendation,
                comment));
        audit.changed(RECORD, practice.id().toString(), "reviewed", Map.of("recommendation", recommendation,
                "round", practice.reviewRound()));
        var agreement = agreement(practice);
        if (agreement.disagreement()) {
            for (Actor staff : actors.withRole(Role.SECRETARIAT)) {
                mailer.send(new Mailer.OutgoingMail(staff.email(), "Pacto: reviewers disagree",
                        "Reviews of \"" + practice.title() + "\" disagree: " + String.join("; ", agreement.steps())
                                + ". You can add a reviewer."));
            }
        }
        return review;
    }

    public ReviewRules.Agreement agreement(Practice practice) {
        var labels = labels(practice.id());
        var current = reviews.findByPractice(practice.id()).stream()
                .filter(r -> r.round() == practice.reviewRound())
                .map(r -> new ReviewRules.Review(labels.getOrDefault(r.assignmentId(), "?"), r.scores(),
                        r.recommendation()))
                .toList();
        return ReviewRules.agreement(current);
    }

    /** A review as a reader may see it: the reviewer's name only for the secretariat. */
    public record ShownReview(String reviewer, @Nullable String reviewerName, int round, Map<String, Integer> scores,
                              String recommendation, String comment, Instant submittedAt) {
    }

    public record ReviewsView(List<ShownReview> reviews, boolean disagreement, List<String> steps, boolean hidden) {
    }

    /**
     * Reviews as the caller may see them. The secretariat sees all with names; a reviewer sees the
     * others only after sending their own; the submitting organisation sees them without names.
     */
    @Transactional(readOnly = true)
    public ReviewsView reviews(Actor actor, String id) {
        return reviews(actor, book.visible(Optional.of(actor), id));
    }

    ReviewsView reviews(Actor actor, Practice practice) {
        var labels = labels(practice.id());
        var all = reviews.findByPractice(practice.id());
        var names = new LinkedHashMap<UUID, String>();
        assignments.findByPractice(practice.id()).forEach(a -> names.put(a.id(), a.name()));
        boolean staff = actor.isStaff();
        Optional<ReviewAssignment> mine = assignment(practice.id(), actor);
        List<PeerReview> shown;
        boolean hidden = false;
        if (staff) {
            shown = all;
        } else if (mine.isPresent()) {
            boolean sent = all.stream().anyMatch(r -> r.assignmentId().equals(mine.get().id())
                    && r.round() == practice.reviewRound());
            shown = sent ? all : all.stream().filter(r -> r.assignmentId().equals(mine.get().id())).toList();
            hidden = !sent;
        } else if (actor.organisation().value().equals(practice.organisationId())) {
            shown = all;
        } else {
            throw new AccessDeniedException("reviews");
        }
        var agreement = agreement(practice);
        return new ReviewsView(shown.stream().map(r -> new ShownReview(labels.getOrDefault(r.assignmentId(), "?"),
                        staff ? names.get(r.assignmentId()) : null, r.round(), r.scores(), r.recommendation(),
                        r.comment(), r.submittedAt())).toList(),
                staff && agreement.disagreement(), staff ? agreement.steps() : List.of(), hidden);
    }

    /** The signed-in reviewer's own assignment on a practice, if any. */
    public record Mine(String reviewer, boolean declared, boolean reviewedThisRound) {
    }

    @Transactional(readOnly = true)
    public Optional<Mine> mine(Actor actor, String id) {
        return mine(actor, book.assignedTo(actor, id));
    }

    Optional<Mine> mine(Actor actor, Practice practice) {
        var labels = labels(practice.id());
        return assignment(practice.id(), actor).map(a -> new Mine(labels.get(a.id()),
                a.declared(), reviews.findByPractice(practice.id()).stream()
                        .anyMatch(r -> r.assignmentId().equals(a.id()) && r.round() == practice.reviewRound())));
    }

    public record Assigned(String reviewer, String email, String name, boolean internal, boolean declared) {
    }

    @Transactional(readOnly = true)
    public List<Assigned> assigned(Actor actor, String id) {
        Practice practice = book.visible(Optional.of(actor), id);
        book.requireStaff(actor);
        return assigned(practice);
    }

    List<Assigned> assigned(Practice practice) {
        var labels = labels(practice.id());
        return assignments.findByPractice(practice.id()).stream()
                .map(a -> new Assigned(labels.get(a.id()), a.email(), a.name(), a.internal(), a.declared())).toList();
    }

    /** Reviewers Pacto suggests: never from the submitting or partner organisations, best matches first. */
    public record Suggestion(String email, String name, String organisation, boolean internal, int score,
                             List<String> reasons) {
    }

    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(Actor actor, String id) {
        Practice practice = book.visible(Optional.of(actor), id);
        book.requireStaff(actor);
        return suggestions(practice);
    }

    List<Suggestion> suggestions(Practice practice) {
        var assigned = assignments.findByPractice(practice.id()).stream().map(ReviewAssignment::reviewer).toList();
        List<Suggestion> list = new ArrayList<>();
        for (Actor reviewer : actors.withRole(Role.REVIEWER)) {
            UUID organisation = reviewer.organisation().value();
            if (organisation.equals(practice.organisationId()) || practice.partnerOrganisations().contains(organisation)
                    || assigned.contains(reviewer.person().value())) {
                continue;
            }
            var summary = actors.organisation(reviewer.organisation());
            List<String> reasons = new ArrayList<>();
            int score = 0;
            String country = summary.map(OrganisationSummary::country).orElse(null);
            if (country != null && practice.countries().contains(country)) {
                score += 3;
                reasons.add("country " + country);
            }
            String language = country == null ? "en" : country.equals("BR") ? "pt"
                    : java.util.Set.of("AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GT", "HN", "MX", "NI",
                    "PA", "PE", "PY", "SV", "UY", "VE").contains(country) ? "es" : "en";
            if (language.equals(practice.language())) {
                score += 2;
                reasons.add("language " + language);
            }
            long sameObjectives = reviewedObjectives(reviewer).stream().filter(practice.objectives()::contains).count();
            if (sameObjectives > 0) {
                score += (int) Math.min(sameObjectives, 3);
                reasons.add("reviewed practices on objectives " + practice.objectives());
            }
            boolean internal = summary.map(OrganisationSummary::internal).orElse(false);
            list.add(new Suggestion(reviewer.email(), reviewer.name(), summary.map(OrganisationSummary::name).orElse(""),
                    internal, score, reasons));
        }
        list.sort(java.util.Comparator.comparingInt(Suggestion::score).reversed());
        return list;
    }

    private List<Integer> reviewedObjectives(Actor reviewer) {
        return assignments.findAll().stream().filter(a -> a.reviewer().equals(reviewer.person().value()))
                .flatMap(a -> practices.findById(a.practiceId()).stream()).flatMap(p -> p.objectives().stream())
                .toList();
    }

    /** Reviewers are named "A", "B", … in the order they were assigned: never by name to submitters. */
    private Map<UUID, String> labels(UUID practice) {
        var labels = new LinkedHashMap<UUID, String>();
        var list = assignments.findByPractice(practice);
        for (int i = 0; i < list.size(); i++) {
            labels.put(list.get(i).id(), String.valueOf((char) ('A' + i)));
        }
        return labels;
    }

    private Optional<ReviewAssignment> assignment(UUID practice, Actor actor) {
        return book.assignment(practice, actor);
    }

    private ReviewAssignment requireAssignment(Actor actor, Practice practice) {
        return assignment(practice.id(), actor).orElseThrow(() -> new AccessDeniedException("not assigned"));
    }
}
