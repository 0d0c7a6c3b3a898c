package org.pacto.practices.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read models of the repository: one per page or API answer, each built from one load of the
 * practice in one read-only transaction (as {@code Pledges.view} builds a {@code PledgeView}). Who may
 * see what is still decided by {@link PracticeBook} and {@link ReviewDesk}.
 */
@Service
public class PracticeViews {

    private final PracticeBook book;
    private final ReviewDesk reviewDesk;
    private final PracticeUpdates updates;
    private final PracticeHistory history;
    private final String baseUrl;

    PracticeViews(PracticeBook book, ReviewDesk reviewDesk, PracticeUpdates updates, PracticeHistory history,
                  @Value("${pacto.base-url}") String baseUrl) {
        this.book = book;
        this.reviewDesk = reviewDesk;
        this.updates = updates;
        this.history = history;
        this.baseUrl = baseUrl;
    }

    /** The practice page: the practice and what the reader may do with it. */
    public record PracticePage(PracticeView practice, boolean maySubmit, boolean staff,
                               ReviewDesk.@Nullable Mine mine, boolean mayPropose, @Nullable Integer pendingVersion,
                               List<PublishedVersion> versions) {
    }

    /** A published version: its number, when, and what happened ("published" or "update-approved"). */
    public record PublishedVersion(int version, Instant at, String what, String status) {
    }

    /**
     * The reviewer's page: their own assignment, and only once they declared no conflict of interest the
     * practice and the reviews they may see.
     */
    public record ReviewPage(String practiceId, ReviewDesk.Mine mine, @Nullable PracticeView practice,
                             ReviewDesk.@Nullable ReviewsView reviews) {
    }

    /** The secretariat's screening page: the practice, its panel, suggested reviewers and the reviews. */
    public record ScreeningPage(PracticeView practice, Assignment assignment, List<ReviewDesk.Suggestion> suggestions,
                                ReviewDesk.ReviewsView reviews) {
    }

    public record Assignment(String id, String status, List<ReviewDesk.Assigned> reviewers) {
    }

    /** A step of the practice's history (submitted, decided, update approved…). */
    public record Version(int number, String status, @Nullable String note, String at) {
    }

    /** The contact person (personal data); no field at all when the submitter gave none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactView(@Nullable String name, @Nullable String email, @Nullable String phone) {
    }

    @Transactional(readOnly = true)
    public PracticeView view(Optional<Actor> actor, String id) {
        return view(book.visible(actor, id));
    }

    @Transactional(readOnly = true)
    public PracticePage page(Optional<Actor> actor, String id) {
        Practice practice = book.visible(actor, id);
        boolean staff = actor.map(Actor::isStaff).orElse(false);
        boolean mayPropose = PracticeUpdates.mayPropose(actor, practice);
        Integer pending = staff || mayPropose ? updates.pending(practice).map(PracticeUpdate::version).orElse(null)
                : null;
        return new PracticePage(view(practice), PracticeBook.maySubmit(actor, practice), staff,
                actor.flatMap(a -> reviewDesk.mine(a, practice)).orElse(null), mayPropose, pending,
                publishedVersions(practice));
    }

    /** A practice its organisation (or the secretariat) is working on: for the edit and submit pages. */
    @Transactional(readOnly = true)
    public PracticeView draft(Actor actor, String id) {
        Practice practice = book.visible(Optional.of(actor), id);
        if (!PracticeBook.maySubmit(Optional.of(actor), practice)) {
            throw new AccessDeniedException("not the submitting organisation");
        }
        return view(practice);
    }

    @Transactional(readOnly = true)
    public ReviewPage review(Actor actor, String id) {
        Practice practice = book.assignedTo(actor, id);
        var mine = reviewDesk.mine(actor, practice).orElseThrow(() -> new AccessDeniedException("not assigned"));
        if (!mine.declared()) {
            return new ReviewPage(id, mine, null, null);
        }
        return new ReviewPage(id, mine, view(practice), reviewDesk.reviews(actor, practice));
    }

    @Transactional(readOnly = true)
    public ScreeningPage screening(Actor actor, String id) {
        Practice practice = book.visible(Optional.of(actor), id);
        book.requireStaff(actor);
        return new ScreeningPage(view(practice), assignment(practice), reviewDesk.suggestions(practice),
                reviewDesk.reviews(actor, practice));
    }

    @Transactional(readOnly = true)
    public Assignment assignment(Actor actor, String id) {
        Practice practice = book.visible(Optional.of(actor), id);
        book.requireStaff(actor);
        return assignment(practice);
    }

    @Transactional(readOnly = true)
    public List<Version> history(Optional<Actor> actor, String id) {
        return history.of(book.visible(actor, id).id()).stream().map(v -> new Version(v.number(), v.status(),
                v.note(), v.createdAt().toString())).toList();
    }

    @Transactional(readOnly = true)
    public List<PublishedVersion> versions(Optional<Actor> actor, String id) {
        return publishedVersions(book.visible(actor, id));
    }

    /** Reading the contact is audited by {@link PracticeBook#contact}. */
    @Transactional
    public ContactView contact(Actor actor, String id) {
        return book.contact(actor, id).map(c -> new ContactView(c.name(), c.email(), c.phone()))
                .orElse(new ContactView(null, null, null));
    }

    /** An update of a published practice waiting for the secretariat. */
    public record WaitingUpdate(String practiceId, String practiceTitle, String organisation, int version,
                                Instant proposedAt) {
    }

    @Transactional(readOnly = true)
    public List<WaitingUpdate> waitingUpdates(Actor actor) {
        return updates.waiting(actor).stream().map(u -> {
            Practice practice = book.visible(Optional.of(actor), u.practiceId().toString());
            return new WaitingUpdate(practice.id().toString(), practice.title(), practice.organisationName(),
                    u.version(), u.proposedAt());
        }).toList();
    }

    /** The update form: a published practice its organisation may propose to change. */
    @Transactional(readOnly = true)
    public PracticeView updatable(Actor actor, String id) {
        Practice practice = book.visible(Optional.of(actor), id);
        if (!PracticeUpdates.mayPropose(Optional.of(actor), practice)) {
            throw new AccessDeniedException("update");
        }
        return view(practice);
    }

    @Transactional(readOnly = true)
    public List<PracticeView> latestPublished(int limit) {
        return book.latestPublished(limit).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<PracticeView> publishedWithObjective(int objective) {
        return book.publishedWithObjective(objective).stream().map(this::view).toList();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Revision requests are shown to those who may read a practice that is not public (they work on it). */
    PracticeView view(Practice practice) {
        return PracticeView.of(practice, baseUrl, !practice.status().isPublic());
    }

    private Assignment assignment(Practice practice) {
        return new Assignment(practice.id().toString(), practice.status().code(), reviewDesk.assigned(practice));
    }

    private List<PublishedVersion> publishedVersions(Practice practice) {
        return history.of(practice.id()).stream().filter(v -> v.published() != null)
                .map(v -> new PublishedVersion(v.published(), v.createdAt(),
                        "update-approved".equals(v.note()) ? "update-approved" : "published", v.status())).toList();
    }
}
