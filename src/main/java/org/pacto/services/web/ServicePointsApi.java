package org.pacto.services.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.Paging;
import org.pacto.services.domain.ServicePointFilter;
import org.pacto.services.domain.ServicePointInput;
import org.pacto.services.domain.ServicePointSearch;
import org.pacto.services.domain.ServicePointView;
import org.pacto.services.domain.ServicePoints;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Service points: public to read; kept by their operator's staff and the secretariat. */
@RestController
@RequestMapping("/api/v1/services/points")
@Tag(name = "services", description = "Local services for migrants: service points (public), registration cards, "
        + "cases and referrals (staff only, private by design)")
class ServicePointsApi {

    private final ServicePointSearch search;
    private final ServicePoints points;
    private final Actors actors;

    ServicePointsApi(ServicePointSearch search, ServicePoints points, Actors actors) {
        this.search = search;
        this.points = points;
        this.actors = actors;
    }

    /** A page of points. */
    record ListAnswer(@Schema(description = "How many matched") long total,
                      @Schema(description = "Page, from 1") int page,
                      @Schema(description = "Page size") int size,
                      @Schema(description = "The points, nearest first when 'near' is given") List<ServicePointView> items) {
    }

    @GetMapping
    @Operation(summary = "Search service points", description = "Public. Filters: near=<lat>,<lon> with radiusKm "
            + "(default 10), service, lang (ISO 639), childSensitive, kind, locality, q, openNow. With 'near' each "
            + "point carries its distance in km and the list is nearest first. Nothing personal is ever returned.")
    ListAnswer list(@ModelAttribute ServicePointFilter filter, Paging paging) {
        var result = search.search(filter, paging);
        return new ListAnswer(result.total(), paging.page(), paging.size(), result.items());
    }

    @GetMapping("/{id:[0-9a-fA-F-]{36}}")
    @Operation(summary = "One service point", description = "Public.")
    ServicePointView one(@Parameter(description = "The point's id") @PathVariable UUID id) {
        return search.one(id);
    }

    @PostMapping
    @Operation(summary = "Add a service point", description = "A focal point, caseworker or supervisor of the "
            + "operating organisation, or the secretariat. 201 with the point; 400 naming every field at fault.")
    ResponseEntity<ServicePointView> create(@RequestBody ServicePointInput body) {
        var created = points.create(actor(), body);
        return ResponseEntity.created(URI.create("/api/v1/services/points/" + created.id())).body(created);
    }

    @PutMapping("/{id:[0-9a-fA-F-]{36}}")
    @Operation(summary = "Change a service point", description = "The operator's focal point, caseworkers and "
            + "supervisors, or the secretariat; the whole point is sent again.")
    ServicePointView update(@Parameter(description = "The point's id") @PathVariable UUID id,
                            @RequestBody ServicePointInput body) {
        return points.update(actor(), id, body);
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
