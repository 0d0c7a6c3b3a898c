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
    private final Contacts contacts;
    private final Actors actors;
    private final AuditTrail audit;

    PracticeBook(PracticeRepository practices, Assignments assignments, Contacts contacts,
                 Actors actors, AuditTrail audit) {
        this.practices = practices;
        this.assignments = assignments;
        this.contacts = contacts;
        this.actors = actors;
        this.audit = audit;
    }

    /** The practice if the signed-in person (if any) may see it; otherwise not found (drafts are not disclosed). */
    @Transactional(readOnly = true)
    public Practice visible(String id) {
        return visible(actors.current(), id);
    }

    /**
     * The practice if the actor may see it; otherwise not found (drafts are not disclosed). An assigned
     * reviewer who has not yet declared no conflict of interest is refused the practice (issue 16 item 10):
     * the declaration comes before reading, as the review pages say.
     */
    @Transactional(readOnly = true)
    public Practice visible(Optional<Actor> actor, String id) {
        Practice practice = find(id);
        if (!mayRead(practice, actor)) {
            if (actor.isPresent() && awaitsDeclaration(practice, actor.get())) {
                throw new AccessDeniedException("conflict-of-interest-undeclared");
            }
            throw new NotFoundException(RECORD, id);
        }
        return practice;
    }

    /**
     * A practice an actor is assigned to review, whether or not they declared yet: what the declaration
     * itself and the reviewer's own state need. Anyone else: not found.
     */
    @Transactional(readOnly = true)
    public Practice assignedTo(Actor actor, String id) {
        Practice practice = find(id);
        if (practice.status() == PracticeStatus.DRAFT || assignment(practice.id(), actor).isEmpty()) {
            return visible(Optional.of(actor), id);
        }
        return practice;
    }

    public boolean mayRead(Practice practice, Optional<Actor> actor) {
        if (practice.status().isPublic()) {
            return true;
        }
        return actor.map(a -> a.isStaff() || a.organisation().value().equals(practice.organisationId())
                || (practice.status() != PracticeStatus.DRAFT
                    && assignment(practice.id(), a).map(ReviewAssignment::declared).orElse(false)))
                .orElse(false);
    }

    /** An assigned reviewer with no other right to the practice, who has not declared no conflict of interest. */
    private boolean awaitsDeclaration(Practice practice, Actor actor) {
        return practice.status() != PracticeStatus.DRAFT
                && assignment(practice.id(), actor).map(a -> !a.declared()).orElse(false);
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

    /** The contact person: only the secretariat and the submitting organisation, and every read is audited. */
    @Transactional
    public Optional<PracticeContact> contact(Actor actor, String id) {
        Practice practice = visible(Optional.of(actor), id);
        if (!actor.isStaff() && !actor.organisation().value().equals(practice.organisationId())) {
            throw new AccessDeniedException("contact");
        }
        audit.personalDataRead(RECORD, practice.id().toString(), "practice contact");
        return contacts.findById(practice.id());
    }

    /** Whether the signed-in person may edit and submit for the practice's organisation. */
    public static boolean maySubmit(Optional<Actor> actor, Practice practice) {
        return actor.map(a -> a.isStaff() || (a.organisation().value().equals(practice.organisationId())
                && (a.has(Role.FOCAL_POINT) || a.has(Role.MEMBER)))).orElse(false);
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
    Actor requireSubmitter(Actor actor, Practice practice) {
        boolean member = actor.organisation().value().equals(practice.organisationId())
                && (actor.has(Role.FOCAL_POINT) || actor.has(Role.MEMBER));
        if (!member && !actor.isStaff()) {
            throw new AccessDeniedException("not the submitting organisation");
        }
        return actor;
    }

    Actor requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("secretariat only");
        }
        return actor;
    }

    /** Where mail about a practice goes: its contact person, else who created it. */
    java.util.Optional<String> mailTo(Practice practice) {
        return contacts.findById(practice.id()).map(PracticeContact::email)
                .or(() -> Optional.ofNullable(practice.createdByEmail()));
    }
}
