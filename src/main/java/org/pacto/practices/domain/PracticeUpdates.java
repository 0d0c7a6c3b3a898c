package org.pacto.practices.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Mailer;
import org.pacto.platform.NotFoundException;
import org.pacto.practices.PracticeUpdated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Updates of published practices: the organisation proposes a new version (same fields and rules
 * as a submission), the public keeps the published one until the secretariat approves it; one
 * pending update at a time, and every approved update is a new public version in the history.
 */
@Service
public class PracticeUpdates {

    public static final String RECORD = "practice-update";
    public static final List<String> DECISIONS = List.of("approve", "reject");

    private final PracticeBook book;
    private final Updates updates;
    private final PracticeHistory history;
    private final PracticeCalls calls;
    private final PracticeValidation validation;
    private final Actors actors;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;

    PracticeUpdates(PracticeBook book, Updates updates, PracticeHistory history, PracticeCalls calls,
                    PracticeValidation validation, Actors actors, AuditTrail audit, Mailer mailer,
                    ApplicationEventPublisher events) {
        this.book = book;
        this.updates = updates;
        this.history = history;
        this.calls = calls;
        this.validation = validation;
        this.actors = actors;
        this.audit = audit;
        this.mailer = mailer;
        this.events = events;
    }

    /** The practice's organisation (focal point or member) proposes an update of its published practice. */
    @Transactional
    public PracticeUpdate propose(Actor actor, String id, PracticeInput input) {
        Practice practice = book.visible(Optional.of(actor), id);
        requireOrganisation(actor, practice);
        PracticeContent content = validation.draft(input);
        validation.submittable(content);
        calls.requireKnown(content);
        practice.requirePublished();
        if (pending(practice).isPresent()) {
            throw new ConflictException("update-pending", "An update of this practice already waits for the secretariat");
        }
        PracticeUpdate update = updates.saveAndFlush(new PracticeUpdate(practice.id(), practice.publishedVersion() + 1,
                content, actor.person().value(), actor.email()));
        audit.changed(PracticeBook.RECORD, practice.id().toString(), "update-proposed", Map.of(
                "version", update.version(), "changes", ContentDifference.between(practice.content(), content).stream()
                        .map(ContentDifference.Change::field).toList()));
        for (Actor staff : actors.withRole(Role.SECRETARIAT)) {
            mailer.send(new Mailer.OutgoingMail(staff.email(), "Pacto: an update of a published practice to check",
                    "\"" + practice.title() + "\" has a proposed update (version " + update.version() + ")."));
        }
        return update;
    }

    /** The updates of a practice: its organisation and the secretariat only. */
    @Transactional(readOnly = true)
    public List<PracticeUpdate> of(Actor actor, String id) {
        Practice practice = book.visible(Optional.of(actor), id);
        if (!actor.isStaff() && !actor.organisation().value().equals(practice.organisationId())) {
            throw new AccessDeniedException("updates");
        }
        return updates.findByPractice(practice.id());
    }

    /** The updates of a practice, each with what it changes against the published version. */
    @Transactional(readOnly = true)
    public List<Proposed> withChanges(Actor actor, String id) {
        Practice practice = book.visible(Optional.of(actor), id);
        return of(actor, id).stream().map(u -> new Proposed(practice, u,
                ContentDifference.between(practice.content(), u.content()))).toList();
    }

    /** The secretariat's list: every update waiting for a decision. */
    @Transactional(readOnly = true)
    public List<PracticeUpdate> waiting(Actor actor) {
        book.requireStaff(actor);
        return updates.findPending();
    }

    /** One update with what it changes against the published version. */
    public record Proposed(Practice practice, PracticeUpdate update, List<ContentDifference.Change> changes) {
    }

    @Transactional(readOnly = true)
    public Proposed proposed(Actor actor, String id, int version) {
        Practice practice = book.visible(Optional.of(actor), id);
        PracticeUpdate update = find(practice, version, of(actor, id));
        return new Proposed(practice, update, ContentDifference.between(practice.content(), update.content()));
    }

    /** Approve (the update becomes the published content, a new version) or reject with a reason. */
    @Transactional
    public PracticeUpdate decide(Actor actor, String id, int version, @Nullable String decision,
                                 @Nullable String reason) {
        Practice practice = book.visible(Optional.of(actor), id);
        book.requireStaff(actor);
        List<FieldProblem> problems = new ArrayList<>();
        if (decision == null || !DECISIONS.contains(decision)) {
            problems.add(new FieldProblem("decision", "unknown-update-decision", decision));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() && "reject".equals(decision)) {
            problems.add(new FieldProblem("reason", "required"));
        } else if (why.length() > PracticeValidation.TEXT_MAX) {
            problems.add(new FieldProblem("reason", "too-long", PracticeValidation.TEXT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PracticeUpdate update = find(practice, version, updates.findByPractice(practice.id()));
        if ("approve".equals(decision)) {
            update.approve(actor.email(), why.isEmpty() ? null : why);
            practice.publishUpdate(update.content(), update.version());
            history.snapshot(practice, "update-approved", update.version());
        } else {
            update.reject(actor.email(), why);
        }
        audit.changed(PracticeBook.RECORD, practice.id().toString(), "update-" + update.status().code(),
                Map.of("version", update.version(), "reason", why));
        String verdict = "approve".equals(decision) ? "approved: it is now the published version " + update.version()
                : "returned: the published version stays as it was";
        mailer.send(new Mailer.OutgoingMail(update.proposedByEmail(), "Pacto: decision on your update",
                "The secretariat " + verdict + " (\"" + practice.title() + "\").\n\n" + why));
        if (update.status() == PracticeUpdate.Status.APPROVED) {
            events.publishEvent(new PracticeUpdated(practice.id().toString(), practice.title(),
                    practice.organisationName(), update.version()));
        }
        return update;
    }

    /** Whether the actor may propose an update of this practice (its organisation, once published). */
    public static boolean mayPropose(Optional<Actor> actor, Practice practice) {
        return practice.status().isPublic() && actor.map(a -> memberOf(a, practice)).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<PracticeUpdate> pending(Practice practice) {
        return updates.findByPractice(practice.id()).stream()
                .filter(u -> u.status() == PracticeUpdate.Status.PENDING).findFirst();
    }

    private static PracticeUpdate find(Practice practice, int version, List<PracticeUpdate> list) {
        var matching = list.stream().filter(u -> u.version() == version).toList();
        return matching.stream().filter(u -> u.status() == PracticeUpdate.Status.PENDING).findFirst()
                .or(() -> matching.stream().reduce((a, b) -> b))
                .orElseThrow(() -> new NotFoundException(RECORD, practice.id() + "/" + version));
    }

    private static void requireOrganisation(Actor actor, Practice practice) {
        if (!memberOf(actor, practice)) {
            throw new AccessDeniedException("not the practice's organisation");
        }
    }

    private static boolean memberOf(Actor actor, Practice practice) {
        return actor.organisation().value().equals(practice.organisationId())
                && (actor.has(Role.FOCAL_POINT) || actor.has(Role.MEMBER));
    }
}
