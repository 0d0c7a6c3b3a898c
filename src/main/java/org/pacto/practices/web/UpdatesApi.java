package org.pacto.practices.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.practices.domain.ContentDifference;
import org.pacto.practices.domain.PracticeInput;
import org.pacto.practices.domain.PracticeUpdate;
import org.pacto.practices.domain.PracticeUpdates;
import org.pacto.practices.domain.PracticeViews;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Updates of published practices (organisation proposes, secretariat decides) and their public versions. */
@RestController
@RequestMapping("/api/v1/practices/{id}")
class UpdatesApi {

    @io.swagger.v3.oas.annotations.media.Schema(name = "UpdateCreated", description = "A proposed update: its version and status.")
    record Created(String id, int version, String status) {

        static Created of(PracticeUpdate update) {
            return new Created(update.id().toString(), update.version(), update.status().code());
        }
    }

    /** An update as the API and pages show it (never the proposer's e-mail). */
    record Update(String id, String practiceId, int version, String status, Instant proposedAt,
                  @Nullable Instant decidedAt, @Nullable String reason, List<ContentDifference.Change> changes) {

        static Update of(PracticeUpdate u, List<ContentDifference.Change> changes) {
            return new Update(u.id().toString(), u.practiceId().toString(), u.version(), u.status().code(),
                    u.proposedAt(), u.decidedAt(), u.decisionReason(), changes);
        }
    }

    private final PracticeUpdates updates;
    private final PracticeViews views;
    private final Actors actors;

    UpdatesApi(PracticeUpdates updates, PracticeViews views, Actors actors) {
        this.updates = updates;
        this.views = views;
        this.actors = actors;
    }

    @Operation(summary = "Propose an update to a published practice",
            description = "Its organisation proposes new content for a published practice; the published version stays until the secretariat accepts the update. Answers 201.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/updates")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Created> propose(@PathVariable String id, @RequestBody PracticeInput body) {
        var created = Created.of(updates.propose(actor(), id, body));
        return ResponseEntity.created(URI.create("/api/v1/practices/" + id + "/updates/" + created.version()))
                .body(created);
    }

    @Operation(summary = "List proposed updates",
            description = "The updates proposed for a practice and their decisions. Its organisation and the secretariat.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @GetMapping("/updates")
    @PreAuthorize("isAuthenticated()")
    List<Update> updates(@PathVariable String id) {
        return updates.withChanges(actor(), id).stream().map(p -> Update.of(p.update(), p.changes())).toList();
    }

    @Operation(summary = "Read a proposed update",
            description = "One proposed update with its content. Its organisation and the secretariat.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @Parameter(name = "version", description = "The update's version number.", example = "2")
    @GetMapping("/updates/{version}")
    @PreAuthorize("isAuthenticated()")
    Update update(@PathVariable String id, @PathVariable int version) {
        var proposed = updates.proposed(actor(), id, version);
        return Update.of(proposed.update(), proposed.changes());
    }

    record Decision(@Nullable String decision, @Nullable String reason) {
    }

    @Operation(summary = "Decide on a proposed update",
            description = "The secretariat accepts (publishing it as the new version) or rejects a proposed update.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @Parameter(name = "version", description = "The update's version number.", example = "2")
    @PostMapping("/updates/{version}/decision")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    Update decide(@PathVariable String id, @PathVariable int version, @RequestBody Decision body) {
        return Update.of(updates.decide(actor(), id, version, body.decision(), body.reason()), List.of());
    }

    /** The published versions of a practice: public. */
    @Operation(summary = "List published versions",
            description = "The published versions of a practice, with dates. Public.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @GetMapping("/versions")
    List<PracticeViews.PublishedVersion> versions(@PathVariable String id) {
        return views.versions(actors.current(), id);
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
