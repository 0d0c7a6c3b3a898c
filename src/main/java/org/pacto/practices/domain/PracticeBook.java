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
import org.pacto.platform.NotFoundException;
import org.pacto.practices.PracticePublished;
import org.pacto.practices.calculation.ReviewRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repository's use cases: draft, submit, assign reviewers, review, decide, withdraw. Who may
 * see what is decided here: a practice that is not public is "not found" to anyone who is neither
 * its organisation, the secretariat nor one of its reviewers.
 */
@Service
public class PracticeBook {

    public static final String RECORD = "practice";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PracticeRepository practices;
    private final Assignments assignments;
    private final Reviews reviews;
    private final Versions versions;
    private final Contacts contacts;
    private final Calls calls;
    private final PracticeValidation validation;
    private final Actors actors;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;

    PracticeBook(PracticeRepository practices, Assignments assignments, Reviews reviews, Versions versions,
                 Contacts contacts, Calls calls, PracticeValidation validation, Actors actors, AuditTrail audit,
                 Mailer mailer, ApplicationEventPublisher events) {
        this.practices = practices;
        this.assignments = assignments;
        this.reviews = reviews;
        this.versions = versions;
        this.contacts = contacts;
        this.calls = calls;
        this.validation = validation;
        this.actors = actors;
        this.audit = audit;
        this.mailer = mailer;
        this.events = events;
    }

    // ---- reading ----

    /** The practice if the caller may see it; otherwise not found (drafts are not disclosed). */
    @Transactional(readOnly = true)
    public Practice visible(String id) {
        Practice practice = find(id);
        if (!mayRead(practice, actors.current())) {
            throw new NotFoundException(RECORD, id);
        }
        return practice;
    }

    public boolean mayRead(Practice practice, Optional<Actor> actor) {
        if (practice.status().isPublic()) {
            return true;
        }
        return actor.map(a -> isStaff(a) || a.organisation().value().equals(practice.organisationId())
                || (practice.status() != PracticeStatus.DRAFT && assignment(practice.id(), a).isPresent()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public List<Practice> publishedWithObjective(int objective) {
        return practices.findPublishedWithObjective(objective);
    }

    @Transactional(readOnly = true)
    public List<Practice> latestPublished(int limit) {
        return practices.findLatestPublished(limit);
    }

    @Transactional(readOnly = true)
    public List<Practice> all() {
        return practices.findAll();
    }

    @Transactional(readOnly = true)
    public List<Practice> withStatus(PracticeStatus status) {
        return practices.findAll().stream().filter(p -> p.status() == status && !p.deleted()).toList();
    }

    @Transactional(readOnly = true)
    public List<Practice> ofOrganisation(UUID organisation) {
        return practices.findAll().stream().filter(p -> p.organisationId().equals(organisation) && !p.deleted())
                .toList();
    }

    @Transactional(readOnly = true)
    public List<PracticeVersion> history(String id) {
        return versions.findByPractice(visible(id).id());
    }

    @Transactional(readOnly = true)
    public List<CallForPractices> calls() {
        return calls.findAllByDeadline();
    }

    /** The secretariat opens a themed call for practices with a deadline; featured calls are shown first. */
    @Transactional
    public CallForPractices openCall(@Nullable String title, @Nullable String theme, @Nullable String deadline,
                                     boolean featured) {
        requireStaff();
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "required"));
        } else if (title.length() > PracticeValidation.TITLE_MAX) {
            problems.add(new FieldProblem("title", "too-long", PracticeValidation.TITLE_MAX));
        }
        if (theme != null && !theme.isBlank() && !theme.matches("[a-z0-9-]{2,40}")) {
            problems.add(new FieldProblem("theme", "unknown-theme", theme));
        }
        java.time.LocalDate due = null;
        try {
            due = deadline == null ? null : java.time.LocalDate.parse(deadline);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem("deadline", "invalid-date", deadline));
        }
        if (due == null && problems.stream().noneMatch(p -> p.field().equals("deadline"))) {
            problems.add(new FieldProblem("deadline", "required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CallForPractices call = calls.save(new CallForPractices(title.strip(), theme == null || theme.isBlank() ? null
                : theme, due, featured));
        audit.changed("call-for-practices", call.id().toString(), "opened", Map.of("title", call.title(),
                "deadline", due.toString()));
        return call;
    }

    /** The contact person: only the secretariat and the submitting organisation, and every read is audited. */
    @Transactional
    public Optional<PracticeContact> contact(String id) {
        Practice practice = visible(id);
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!isStaff(actor) && !actor.organisation().value().equals(practice.organisationId())) {
            throw new AccessDeniedException("contact");
        }
        audit.personalDataRead(RECORD, practice.id().toString(), "practice contact");
        return contacts.findById(practice.id());
    }

    // ---- drafting and submitting ----

    @Transactional
    public Practice create(PracticeInput input) {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        PracticeContent content = validation.draft(input);
        requireCall(content);
        OrganisationSummary organisation = actors.organisation(actor.organisation()).orElseThrow();
        Practice practice = practices.save(new Practice(organisation.id().value(), organisation.name(),
                actor.person().value(), actor.email(), content));
        saveContact(practice, input);
        audit.changed(RECORD, practice.id().toString(), "created", Map.of("title", practice.title(),
                "status", practice.status().code()));
        return practice;
    }

    /** Creates a practice for an organisation without a signed-in person (demo content). */
    @Transactional
    public Practice createFor(OrganisationSummary organisation, PracticeInput input, String demoKey) {
        PracticeContent content = validation.draft(input);
        Practice practice = new Practice(organisation.id().value(), organisation.name(), null, null, content);
        practice.markDemo(demoKey);
        practice = practices.save(practice);
        saveContact(practice, input);
        audit.changed(RECORD, practice.id().toString(), "created", Map.of("title", practice.title()));
        return practice;
    }

    @Transactional
    public Practice edit(String id, PracticeInput input) {
        Practice practice = visible(id);
        requireSubmitter(practice);
        PracticeContent content = validation.draft(input);
        requireCall(content);
        practice.edit(content);
        saveContact(practice, input);
        audit.changed(RECORD, practice.id().toString(), "edited", Map.of("title", practice.title()));
        return practice;
    }

    /** Submits a draft, or resubmits after revision (back to the same reviewers). Returns acronym warnings. */
    @Transactional
    public List<String> submit(String id) {
        Practice practice = visible(id);
        requireSubmitter(practice);
        validation.submittable(practice);
        boolean resubmission = practice.status() == PracticeStatus.REVISION_REQUESTED;
        practice.submit();
        snapshot(practice, resubmission ? "resubmitted" : "submitted");
        audit.changed(RECORD, practice.id().toString(), resubmission ? "resubmitted" : "submitted",
                Map.of("status", practice.status().code()));
        if (resubmission) {
            for (ReviewAssignment a : assignments.findByPractice(practice.id())) {
                mailer.send(new Mailer.OutgoingMail(a.email(), "Pacto: practice resubmitted for review",
                        "The practice \"" + practice.title() + "\" was revised and awaits your review again."));
            }
        }
        return PracticeValidation.unexplainedAcronyms(practice.title(), practice.summary(), practice.description());
    }

    @Transactional
    public void withdraw(String id) {
        Practice practice = visible(id);
        requireSubmitter(practice);
        practice.withdraw();
        audit.changed(RECORD, practice.id().toString(), "withdrawn", Map.of());
    }

    // ---- peer review ----

    @Transactional
    public List<ReviewAssignment> assign(String id, List<String> emails) {
        Practice practice = visible(id);
        requireStaff();
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
    public void declareNoConflict(String id) {
        Practice practice = visible(id);
        ReviewAssignment assignment = requireAssignment(practice);
        assignment.declareNoConflict();
        audit.changed(RECORD, practice.id().toString(), "no-conflict-declared", Map.of("reviewer",
                assignment.id().toString()));
    }

    public record ReviewInput(@Nullable Map<String, Integer> scores, @Nullable String recommendation,
                              @Nullable String comment, @Nullable Boolean noConflictOfInterest) {
    }

    @Transactional
    public PeerReview review(String id, ReviewInput input) {
        Practice practice = visible(id);
        ReviewAssignment assignment = requireAssignment(practice);
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
    public ReviewsView reviews(String id) {
        Practice practice = visible(id);
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        var labels = labels(practice.id());
        var all = reviews.findByPractice(practice.id());
        var names = new LinkedHashMap<UUID, String>();
        assignments.findByPractice(practice.id()).forEach(a -> names.put(a.id(), a.name()));
        boolean staff = isStaff(actor);
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
    public Optional<Mine> mine(String id) {
        Practice practice = visible(id);
        var labels = labels(practice.id());
        return actors.current().flatMap(a -> assignment(practice.id(), a)).map(a -> new Mine(labels.get(a.id()),
                a.declared(), reviews.findByPractice(practice.id()).stream()
                        .anyMatch(r -> r.assignmentId().equals(a.id()) && r.round() == practice.reviewRound())));
    }

    /** Whether the signed-in person may edit and submit for the practice's organisation. */
    public boolean maySubmit(String id) {
        Practice practice = visible(id);
        return actors.current().map(a -> isStaff(a) || (a.organisation().value().equals(practice.organisationId())
                && (a.has(Role.FOCAL_POINT) || a.has(Role.MEMBER)))).orElse(false);
    }

    public boolean staff() {
        return actors.current().map(PracticeBook::isStaff).orElse(false);
    }

    public record Assigned(String reviewer, String email, String name, boolean internal, boolean declared) {
    }

    @Transactional(readOnly = true)
    public List<Assigned> assigned(String id) {
        Practice practice = visible(id);
        requireStaff();
        var labels = labels(practice.id());
        return assignments.findByPractice(practice.id()).stream()
                .map(a -> new Assigned(labels.get(a.id()), a.email(), a.name(), a.internal(), a.declared())).toList();
    }

    /** Reviewers Pacto suggests: never from the submitting or partner organisations, best matches first. */
    public record Suggestion(String email, String name, String organisation, boolean internal, int score,
                             List<String> reasons) {
    }

    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(String id) {
        Practice practice = visible(id);
        requireStaff();
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

    // ---- decision ----

    @Transactional
    public Practice decide(String id, @Nullable String decision, @Nullable String reason) {
        Practice practice = visible(id);
        requireStaff();
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
        Practice practice = createFor(organisation, input, key);
        if (target == PracticeStatus.DRAFT) {
            return practice;
        }
        practice.submit();
        snapshot(practice, "submitted");
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
        snapshot(practice, decision);
        audit.changed(RECORD, practice.id().toString(), "decided", Map.of("decision", decision, "reason", reason));
        String to = contacts.findById(practice.id()).map(PracticeContact::email).orElse(practice.createdByEmail());
        if (to != null) {
            mailer.send(new Mailer.OutgoingMail(to, "Pacto: decision on your practice",
                    "The secretariat decided \"" + decision + "\" on \"" + practice.title() + "\".\n\n" + reason));
        }
        if (practice.status().isPublic()) {
            events.publishEvent(new PracticePublished(practice.id().toString(), practice.title(),
                    practice.organisationName(), practice.status() == PracticeStatus.PUBLISHED_AS_PROMISING));
        }
    }

    // ---- helpers ----

    /** Reviewers are named "A", "B", … in the order they were assigned: never by name to submitters. */
    private Map<UUID, String> labels(UUID practice) {
        var labels = new LinkedHashMap<UUID, String>();
        var list = assignments.findByPractice(practice);
        for (int i = 0; i < list.size(); i++) {
            labels.put(list.get(i).id(), String.valueOf((char) ('A' + i)));
        }
        return labels;
    }

    private void snapshot(Practice practice, String note) {
        int number = versions.findByPractice(practice.id()).size() + 1;
        var snapshot = new LinkedHashMap<String, Object>();
        snapshot.put("title", practice.title());
        snapshot.put("summary", practice.summary());
        snapshot.put("description", practice.description());
        snapshot.put("objectives", practice.objectives());
        snapshot.put("principles", practice.principles());
        snapshot.put("countries", practice.countries());
        snapshot.put("results", practice.results());
        snapshot.put("lessons", practice.lessons());
        String by = actors.current().map(Actor::email).orElse("system");
        versions.save(new PracticeVersion(practice.id(), number, practice.status().code(),
                JSON.writeValueAsString(snapshot), note, by));
    }

    private void saveContact(Practice practice, PracticeInput input) {
        var c = input.contact();
        if (c == null || c.name() == null || c.email() == null) {
            return;
        }
        var existing = contacts.findById(practice.id());
        if (existing.isPresent()) {
            existing.get().change(c.name().strip(), c.email().strip(), c.phone());
        } else {
            contacts.save(new PracticeContact(practice.id(), c.name().strip(), c.email().strip(), c.phone()));
        }
    }

    private void requireCall(PracticeContent content) {
        if (content.call() != null && calls.findById(content.call()).isEmpty()) {
            throw new InvalidInputException(new FieldProblem("call", "unknown-call"));
        }
    }

    private Practice find(String id) {
        try {
            return practices.findActive(UUID.fromString(id)).orElseThrow(() -> new NotFoundException(RECORD, id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(RECORD, id);
        }
    }

    private Optional<ReviewAssignment> assignment(UUID practice, Actor actor) {
        return assignments.findByPractice(practice).stream()
                .filter(a -> a.reviewer().equals(actor.person().value())).findFirst();
    }

    private ReviewAssignment requireAssignment(Practice practice) {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        return assignment(practice.id(), actor).orElseThrow(() -> new AccessDeniedException("not assigned"));
    }

    private void requireSubmitter(Practice practice) {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        boolean member = actor.organisation().value().equals(practice.organisationId())
                && (actor.has(Role.FOCAL_POINT) || actor.has(Role.MEMBER));
        if (!member && !isStaff(actor)) {
            throw new AccessDeniedException("not the submitting organisation");
        }
    }

    private void requireStaff() {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!isStaff(actor)) {
            throw new AccessDeniedException("secretariat only");
        }
    }

    private static boolean isStaff(Actor actor) {
        return actor.has(Role.SECRETARIAT) || actor.has(Role.ADMIN);
    }
}
