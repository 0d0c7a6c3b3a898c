package org.pacto.practices.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repository as readers see it, and who may do what. Who may see what is decided here: a
 * practice that is not public is "not found" to anyone who is neither its organisation, the
 * secretariat nor one of its reviewers. The use cases live next to it: {@link Submissions},
 * {@link ReviewDesk}, {@link Decisions}, {@link PracticeUpdates} and {@link PracticeCalls}.
 */
@Service
public class PracticeBook {

    public static final String RECORD = "practice";

    private final PracticeRepository practices;
    private final Assignments assignments;
    private final PracticeHistory history;
    private final Contacts contacts;
    private final Actors actors;
    private final AuditTrail audit;

    PracticeBook(PracticeRepository practices, Assignments assignments, PracticeHistory history, Contacts contacts,
                 Actors actors, AuditTrail audit) {
        this.practices = practices;
        this.assignments = assignments;
        this.history = history;
        this.contacts = contacts;
        this.actors = actors;
        this.audit = audit;
    }

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
        return history.of(visible(id).id());
    }

    /** The published versions of a practice (first publication and every approved update): public. */
    @Transactional(readOnly = true)
    public List<PracticeVersion> publishedVersions(String id) {
        return history.of(visible(id).id()).stream().filter(v -> v.published() != null).toList();
    }

    /** The contact person: only the secretariat and the submitting organisation, and every read is audited. */
    @Transactional
    public Optional<PracticeContact> contact(String id) {
        Practice practice = visible(id);
        Actor actor = signedIn();
        if (!isStaff(actor) && !actor.organisation().value().equals(practice.organisationId())) {
            throw new AccessDeniedException("contact");
        }
        audit.personalDataRead(RECORD, practice.id().toString(), "practice contact");
        return contacts.findById(practice.id());
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

    // ---- guards shared by the use cases ----

    Practice find(String id) {
        try {
            return practices.findActive(UUID.fromString(id)).orElseThrow(() -> new NotFoundException(RECORD, id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(RECORD, id);
        }
    }

    Optional<ReviewAssignment> assignment(UUID practice, Actor actor) {
        return assignments.findByPractice(practice).stream()
                .filter(a -> a.reviewer().equals(actor.person().value())).findFirst();
    }

    Actor signedIn() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** A focal point or member of the practice's organisation (or the secretariat). */
    Actor requireSubmitter(Practice practice) {
        Actor actor = signedIn();
        boolean member = actor.organisation().value().equals(practice.organisationId())
                && (actor.has(Role.FOCAL_POINT) || actor.has(Role.MEMBER));
        if (!member && !isStaff(actor)) {
            throw new AccessDeniedException("not the submitting organisation");
        }
        return actor;
    }

    Actor requireStaff() {
        Actor actor = signedIn();
        if (!isStaff(actor)) {
            throw new AccessDeniedException("secretariat only");
        }
        return actor;
    }

    static boolean isStaff(Actor actor) {
        return actor.has(Role.SECRETARIAT) || actor.has(Role.ADMIN);
    }

    /** Where mail about a practice goes: its contact person, else who created it. */
    java.util.Optional<String> mailTo(Practice practice) {
        return contacts.findById(practice.id()).map(PracticeContact::email)
                .or(() -> Optional.ofNullable(practice.createdByEmail()));
    }
}
