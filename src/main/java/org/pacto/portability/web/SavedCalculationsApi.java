package org.pacto.portability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.portability.saved.SavedCalculations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saving a calculation is the person's choice: {@code POST .../calculations/saved} recalculates,
 * stores request and result under the signed-in person, who alone can list and read them.
 */
@RestController
@RequestMapping("/api/v1/portability/calculations/saved")
@PreAuthorize("isAuthenticated()")
class SavedCalculationsApi {

    private final Calculations calculations;
    private final SavedCalculations saved;
    private final Actors actors;
    private final JsonMapper json;

    SavedCalculationsApi(Calculations calculations, SavedCalculations saved, Actors actors, JsonMapper json) {
        this.calculations = calculations;
        this.saved = saved;
        this.actors = actors;
        this.json = json;
    }

    /** @param calculation the same object {@code POST /calculations} takes */
    record SaveJson(@Nullable String name, @Nullable CareerJson calculation) {
    }

    record SavedSummary(UUID id, String name, Instant savedAt, String href) {
    }

    record SavedDetail(UUID id, String name, Instant savedAt, JsonNode calculation, JsonNode result) {
    }

    @Operation(summary = "Save a calculation",
            description = "Recalculates and stores a calculation and its result under the caller, who alone can read it. Any signed-in person. Answers 201.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SavedDetail> save(@RequestBody String body) {
        Actor owner = owner();
        SaveJson request = CareerReader.parse(SaveJson.class, body);
        if (request.calculation() == null) {
            throw new InvalidInputException(new FieldProblem("calculation", "required"));
        }
        CalculationAnswer answer = calculations.calculate(request.calculation(), LocaleContextHolder.getLocale());
        var s = saved.save(owner, request.name() == null ? "" : request.name(),
                json.writeValueAsString(request.calculation()), json.writeValueAsString(answer));
        return ResponseEntity.created(URI.create("/api/v1/portability/calculations/saved/" + s.id()))
                .body(detail(s));
    }

    @Operation(summary = "List my saved calculations",
            description = "The caller's own saved calculations (id, name, when). Never anyone else's.")
    @GetMapping
    List<SavedSummary> mine() {
        return saved.of(owner()).stream().map(s -> new SavedSummary(s.id(), s.name(), s.savedAt(),
                "/api/v1/portability/calculations/saved/" + s.id())).toList();
    }

    @Operation(summary = "Read a saved calculation",
            description = "One of the caller's saved calculations with its request and result; someone else's answers 404, as an unknown one does. The read is audited.")
    @Parameter(name = "id", description = "The saved calculation's id.")
    @GetMapping("/{id}")
    SavedDetail one(@PathVariable UUID id) {
        return detail(saved.one(owner(), id));
    }

    /** @param reason why (optional; "deleted by owner" when absent) */
    record DeleteJson(@Nullable String reason) {
    }

    /** The owner deletes one (soft deletion with a reason, audited): 204; someone else's or unknown: 404. */
    @Operation(summary = "Delete a saved calculation",
            description = "The owner deletes one of their saved calculations (soft deletion with an optional `reason`, audited). Answers 204; someone else's or an unknown one 404.")
    @Parameter(name = "id", description = "The saved calculation's id.")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestBody(required = false) @Nullable String body) {
        Actor owner = owner();
        DeleteJson request = body == null || body.isBlank() || body.strip().equals("null") ? null
                : CareerReader.parse(DeleteJson.class, body);
        String reason = request == null ? null : request.reason();
        saved.delete(owner, id, reason == null ? "" : reason);
        return ResponseEntity.noContent().build();
    }

    private SavedDetail detail(SavedCalculations.Saved s) {
        return new SavedDetail(s.id(), s.name(), s.savedAt(), json.readTree(s.input()), json.readTree(s.result()));
    }

    private Actor owner() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
