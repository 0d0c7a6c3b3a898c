package org.pacto.practices.web;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.practices.domain.PracticeInput;
import org.springframework.http.ResponseEntity;
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

    private final UpdateViews views;

    UpdatesApi(UpdateViews views) {
        this.views = views;
    }

    @PostMapping("/updates")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<UpdateViews.Created> propose(@PathVariable String id, @RequestBody PracticeInput body) {
        var created = views.propose(id, body);
        return ResponseEntity.created(URI.create("/api/v1/practices/" + id + "/updates/" + created.version()))
                .body(created);
    }

    @GetMapping("/updates")
    @PreAuthorize("isAuthenticated()")
    List<UpdateViews.Update> updates(@PathVariable String id) {
        return views.of(id);
    }

    @GetMapping("/updates/{version}")
    @PreAuthorize("isAuthenticated()")
    UpdateViews.Update update(@PathVariable String id, @PathVariable int version) {
        return views.one(id, version);
    }

    record Decision(@Nullable String decision, @Nullable String reason) {
    }

    @PostMapping("/updates/{version}/decision")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    UpdateViews.Update decide(@PathVariable String id, @PathVariable int version, @RequestBody Decision body) {
        return views.decide(id, version, body.decision(), body.reason());
    }

    /** The published versions of a practice: public. */
    @GetMapping("/versions")
    List<UpdateViews.PublishedVersion> versions(@PathVariable String id) {
        return views.versions(id);
    }
}
