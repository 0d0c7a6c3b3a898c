package org.pacto.practices.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.practices.domain.ContentDifference;
import org.pacto.practices.domain.PracticeBook;
import org.pacto.practices.domain.PracticeUpdate;
import org.pacto.practices.domain.PracticeUpdates;
import org.springframework.stereotype.Component;

/** Updates and published versions of practices as the API and pages show them (never entities, never e-mails). */
@Component
class UpdateViews {

    record Created(String id, int version, String status) {
    }

    record Update(String id, String practiceId, int version, String status, Instant proposedAt,
                  @Nullable Instant decidedAt, @Nullable String reason, List<ContentDifference.Change> changes) {
    }

    /** A published version: its number, when, and what happened ("published" or "update-approved"). */
    record PublishedVersion(int version, Instant at, String what, String status) {
    }

    record Waiting(String practiceId, String practiceTitle, String organisation, int version, Instant proposedAt) {
    }

    private final PracticeUpdates updates;
    private final PracticeBook book;

    UpdateViews(PracticeUpdates updates, PracticeBook book) {
        this.updates = updates;
        this.book = book;
    }

    Created propose(String id, org.pacto.practices.domain.PracticeInput input) {
        var update = updates.propose(id, input);
        return new Created(update.id().toString(), update.version(), update.status().code());
    }

    List<Update> of(String id) {
        var practice = book.visible(id);
        return updates.of(id).stream().map(u -> view(u, ContentDifference.between(practice.content(), u.content())))
                .toList();
    }

    Update one(String id, int version) {
        var proposed = updates.proposed(id, version);
        return view(proposed.update(), proposed.changes());
    }

    Update decide(String id, int version, @Nullable String decision, @Nullable String reason) {
        var update = updates.decide(id, version, decision, reason);
        return view(update, List.of());
    }

    List<PublishedVersion> versions(String id) {
        return book.publishedVersions(id).stream().map(v -> new PublishedVersion(v.published(), v.createdAt(),
                "update-approved".equals(v.note()) ? "update-approved" : "published", v.status())).toList();
    }

    List<Waiting> waiting() {
        return updates.waiting().stream().map(u -> {
            var practice = book.visible(u.practiceId().toString());
            return new Waiting(practice.id().toString(), practice.title(), practice.organisationName(), u.version(),
                    u.proposedAt());
        }).toList();
    }

    boolean mayPropose(String id) {
        return updates.mayPropose(book.visible(id));
    }

    /** The version waiting for the secretariat, if any (only for those who may see updates). */
    @Nullable Integer pendingVersion(String id) {
        var practice = book.visible(id);
        if (!book.staff() && !updates.mayPropose(practice)) {
            return null;
        }
        return updates.pending(practice).map(PracticeUpdate::version).orElse(null);
    }

    private static Update view(PracticeUpdate u, List<ContentDifference.Change> changes) {
        return new Update(u.id().toString(), u.practiceId().toString(), u.version(), u.status().code(),
                u.proposedAt(), u.decidedAt(), u.decisionReason(), changes);
    }
}
