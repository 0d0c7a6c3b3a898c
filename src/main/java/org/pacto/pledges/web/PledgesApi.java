package org.pacto.pledges.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.Paging;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.pledges.domain.PledgeFilter;
import org.pacto.pledges.domain.PledgeInput;
import org.pacto.pledges.domain.PledgeInput.ReportInput;
import org.pacto.pledges.domain.PledgeInput.ValueInput;
import org.pacto.pledges.domain.PledgeSearch;
import org.pacto.pledges.domain.PledgeView;
import org.pacto.pledges.domain.Pledges;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pledges API (public contract: paths and field names stay as they are). */
@Tag(name = "pledges", description = "The Pledging Initiative: pledges with measurable targets linked to GCM objectives, progress reports, fulfilment, co-signatories, the map and the indicators. Public pledges are open to all; drafts, contacts and decisions need a token.")
@RestController
@RequestMapping("/api/v1/pledges")
class PledgesApi {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Pledges pledges;
    private final PledgeSearch search;
    private final Actors actors;
    private final OpenData openData;

    PledgesApi(Pledges pledges, PledgeSearch search, Actors actors, OpenData openData) {
        this.pledges = pledges;
        this.search = search;
        this.actors = actors;
        this.openData = openData;
    }

    @Operation(summary = "Search pledges",
            description = "Public pledges matching the filters (they combine), a page at a time, with facet counts. A token adds the caller's own non-public pledges. `format=csv` answers the open-data CSV and `format=geojson` the map instead. Contacts are never listed.")
    @Parameter(name = "format", description = "`csv` or `geojson` for another representation of the same list; absent: JSON.", example = "csv")
    @GetMapping
    ResponseEntity<?> list(@ParameterObject @ModelAttribute PledgeFilter filter,
                           Paging paging,
                           @RequestParam(required = false) @Nullable String format) {
        if ("csv".equals(format)) {
            return openData.csv(filter, language());
        }
        if ("geojson".equals(format)) {
            return map(filter);
        }
        // PledgeSearch counts pages from 0; the API, like every list of Pacto, from 1 (platform.Paging)
        var result = search.search(actors.current().orElse(null), filter, language(), paging.page() - 1,
                paging.size(), true);
        return ResponseEntity.ok(new ListAnswer(result.total(), paging.page(), paging.size(), result.items(), result.facets()));
    }

    @Operation(summary = "Map of pledges (GeoJSON)",
            description = "Public pledges matching the filters as a GeoJSON FeatureCollection placed on their countries. Public; no contacts.")
    @GetMapping("/map")
    ResponseEntity<Map<String, Object>> map(@ParameterObject @ModelAttribute PledgeFilter filter) {
        return ResponseEntity.ok().contentType(GEO_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
                .body(openData.geoJson(filter, language()));
    }

    /**
     * Public pledges added up by the indicator their targets name (seed 004: pledges are followed through
     * indicators), each with the indicator's label in the visitor's language.
     */
    @Operation(summary = "Pledges by indicator",
            description = "The indicators named by public pledges' targets, each with the pledges that name it. Public.")
    @GetMapping("/indicators")
    List<IndicatorAnswer> indicators(@ParameterObject @ModelAttribute PledgeFilter filter) {
        return openData.indicators(filter, language());
    }

    @Operation(summary = "Create a pledge",
            description = "Creates a draft pledge of the caller's organisation, with its targets (indicator, baseline, target value, deadline). Any signed-in person of an organisation. Answers 201 with its id and status.")
    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody PledgeInput body) {
        UUID id = pledges.create(actor(), body);
        return ResponseEntity.created(URI.create("/api/v1/pledges/" + id))
                .body(Map.of("id", id.toString(), "status", "draft"));
    }

    @Operation(summary = "Read a pledge",
            description = "One pledge with its targets, reports, fulfilment and co-signatories. Public when published; drafts only to their organisation and the secretariat (404 to others). Contacts are not included.")
    @Parameter(name = "id", description = "The pledge's id.", schema = @Schema(format = "uuid"))
    @GetMapping("/{id}")
    PledgeView get(@PathVariable String id) {
        return pledges.view(actors.current(), parse(id), language());
    }

    @Operation(summary = "Submit a pledge for review",
            description = "Sends a draft pledge to the secretariat. Its organisation's focal point or members only.")
    @Parameter(name = "id", description = "The pledge's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/{id}/submit")
    Map<String, Object> submit(@PathVariable String id) {
        UUID pledge = parse(id);
        pledges.submit(actor(), pledge);
        return status(pledge);
    }

    @Operation(summary = "Decide on a submitted pledge",
            description = "Publishes or returns a submitted pledge, with a reason. Secretariat or admin only.")
    @Parameter(name = "id", description = "The pledge's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
    Map<String, Object> decide(@PathVariable String id, @RequestBody Decision body) {
        UUID pledge = parse(id);
        pledges.decide(actor(), pledge, body.decision(), body.reason());
        return status(pledge);
    }

    @Operation(summary = "Report progress on a pledge",
            description = "Adds a progress report to a published pledge: a value per target for a period, with a narrative. Its organisation (or a co-signatory) only. Answers 201 with the pledge's status and new fulfilment.")
    @Parameter(name = "id", description = "The pledge's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/{id}/progress")
    ResponseEntity<Map<String, Object>> progress(@PathVariable String id, @RequestBody ReportInput body) {
        UUID pledge = parse(id);
        UUID report = pledges.report(actor(), pledge, body);
        var answer = new LinkedHashMap<>(status(pledge));
        answer.put("report", report.toString());
        return ResponseEntity.created(URI.create("/api/v1/pledges/" + pledge)).body(answer);
    }

    @Operation(summary = "Correct a progress report",
            description = "The secretariat corrects a report's values or narrative, with a reason; the correction is audited and the fulfilment recalculated.")
    @Parameter(name = "id", description = "The pledge's id.", schema = @Schema(format = "uuid"))
    @Parameter(name = "report", description = "The report's id.", schema = @Schema(format = "uuid"))
    @PutMapping("/{id}/reports/{report}")
    @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
    Map<String, Object> correct(@PathVariable String id, @PathVariable String report, @RequestBody Correction body) {
        UUID pledge = parse(id);
        pledges.correct(actor(), pledge, parse(report), body.values(), body.narrative(), body.reason());
        return status(pledge);
    }

    @Operation(summary = "Close a pledge",
            description = "Closes a pledge with its outcome (fulfilled, partly fulfilled, not fulfilled). Its organisation only.")
    @Parameter(name = "id", description = "The pledge's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/{id}/close")
    Map<String, Object> close(@PathVariable String id, @RequestBody Outcome body) {
        UUID pledge = parse(id);
        pledges.close(actor(), pledge, body.outcome());
        return status(pledge);
    }

    @Operation(summary = "Invite a co-signatory",
            description = "Invites another organisation to co-sign the pledge, for some or all of its targets. Its organisation only.")
    @Parameter(name = "id", description = "The pledge's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/{id}/cosignatories")
    Map<String, Object> invite(@PathVariable String id, @RequestBody Invitation body) {
        UUID pledge = parse(id);
        pledges.invite(actor(), pledge, body.organisation(), body.targets());
        return status(pledge);
    }

    @Operation(summary = "Co-sign a pledge",
            description = "An invited organisation signs the pledge. Signing again answers as the first time and changes nothing.")
    @Parameter(name = "id", description = "The pledge's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/{id}/sign")
    Map<String, Object> sign(@PathVariable String id) {
        UUID pledge = parse(id);
        pledges.sign(actor(), pledge);
        return status(pledge);
    }

    @Operation(summary = "Read a pledge's contacts",
            description = "The contact people of a pledge (name, e-mail, phone): personal data, only for its organisation and the secretariat; every read is audited.")
    @Parameter(name = "id", description = "The pledge's id.", schema = @Schema(format = "uuid"))
    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping("/{id}/contacts")
    List<ContactAnswer> contacts(@PathVariable String id) {
        return pledges.contacts(actor(), parse(id)).stream()
                .map(c -> new ContactAnswer(c.name(), c.email(), c.phone())).toList();
    }

    private Map<String, Object> status(UUID pledge) {
        var view = pledges.view(actors.current(), pledge, language());
        var answer = new LinkedHashMap<String, Object>();
        answer.put("id", pledge.toString());
        answer.put("status", view.status());
        answer.put("fulfilment", view.fulfilment());
        return answer;
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("pledge", id);
        }
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    record ListAnswer(long total, int page, int size, List<PledgeSearch.Item> items,
                      Map<String, Map<String, Long>> facets) {
    }

    record Decision(@Nullable String decision, @Nullable String reason) {
    }

    record Correction(@Nullable List<ValueInput> values, @Nullable String narrative, @Nullable String reason) {
    }

    record Outcome(@Nullable String outcome) {
    }

    record Invitation(@Nullable String organisation, @Nullable List<String> targets) {
    }

    /** An indicator and the public pledges whose targets name it. */
    record IndicatorAnswer(String indicator, String label, long pledges, long targets, double meanProgress) {
    }

    record ContactAnswer(String name, String email, @Nullable String phone) {
    }
}
