package org.pacto.practices.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.ApiDeprecation;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.practices.domain.PracticeCollections;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Collections of published practices: public to read; the secretariat creates, changes and features them. */
@RestController
// Renamed from /api/v1/practices/collections, which read as a practice with the id "collections"
// (docs/api-changes.md); the old address answers until its sunset, with Deprecation and Sunset headers.
@RequestMapping({"/api/v1/practice-collections", "/api/v1/practices/collections"})
@ApiDeprecation(since = "2026-12-02", sunset = "2027-06-30", pathPrefix = "/api/v1/practices/collections",
        successor = "/api/v1/practice-collections")
class CollectionsApi {

    private final PracticeCollections collections;
    private final Actors actors;

    CollectionsApi(PracticeCollections collections, Actors actors) {
        this.collections = collections;
        this.actors = actors;
    }

    @Operation(summary = "List collections of practices",
            description = "Curated collections of published practices. Public.")
    @Parameter(name = "featured", description = "Only the featured collections.", example = "true")
    @GetMapping
    List<CollectionViews.Collection> all(@RequestParam(required = false) Boolean featured) {
        var list = Boolean.TRUE.equals(featured) ? collections.featured() : collections.all();
        return list.stream().map(CollectionViews::of).toList();
    }

    @Operation(summary = "Read a collection",
            description = "One collection with its practices. Public.")
    @Parameter(name = "id", description = "The collection's id.", schema = @Schema(format = "uuid"))
    @GetMapping("/{id}")
    CollectionViews.Collection one(@PathVariable String id) {
        return CollectionViews.of(collections.one(id));
    }

    @Operation(summary = "Create a collection",
            description = "Secretariat or admin only. Answers 201.")
    @PostMapping
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    ResponseEntity<CollectionViews.Collection> create(@RequestBody PracticeCollections.CollectionInput body) {
        var created = CollectionViews.of(collections, collections.create(actor(), body));
        return ResponseEntity.created(URI.create("/api/v1/practice-collections/" + created.id())).body(created);
    }

    @Operation(summary = "Change a collection",
            description = "Replaces a collection's title, description and practices. Secretariat or admin only.")
    @Parameter(name = "id", description = "The collection's id.", schema = @Schema(format = "uuid"))
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    CollectionViews.Collection change(@PathVariable String id,
                                      @RequestBody PracticeCollections.CollectionInput body) {
        collections.change(actor(), id, body);
        return CollectionViews.of(collections.one(id));
    }

    record Feature(@Nullable Boolean featured) {
    }

    @Operation(summary = "Feature a collection",
            description = "Shows (or stops showing) a collection on the home page. Secretariat or admin only.")
    @Parameter(name = "id", description = "The collection's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/{id}/feature")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    CollectionViews.Collection feature(@PathVariable String id, @RequestBody Feature body) {
        if (body.featured() == null) {
            throw new InvalidInputException(new FieldProblem("featured", "required"));
        }
        collections.feature(actor(), id, body.featured());
        return CollectionViews.of(collections.one(id));
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
