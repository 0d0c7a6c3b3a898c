package org.pacto.services.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.services.domain.CaseFiles;
import org.pacto.services.domain.CaseInput;
import org.pacto.services.domain.CaseView;
import org.pacto.services.domain.ReferralInput;
import org.pacto.services.domain.Referrals;
import org.pacto.services.domain.RefusedRequest;
import org.pacto.services.domain.ReturneeIntakeInput;
import org.pacto.services.domain.ReturneeIntakeView;
import org.pacto.services.domain.ReturneeIntakes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases (caseworkers and supervisors only). Anonymous callers get 401; staff of an organisation that neither owns
 * a case nor has it referred to them get 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "services", description = "Local services for migrants: service points (public), registration cards, "
        + "cases and referrals (staff only, private by design)")
class CasesApi {

    private final CaseFiles cases;
    private final Referrals referrals;
    private final ReturneeIntakes returnees;
    private final Actors actors;
    private final MessageSource messages;

    CasesApi(CaseFiles cases, Referrals referrals, ReturneeIntakes returnees, Actors actors, MessageSource messages) {
        this.cases = cases;
        this.returnees = returnees;
        this.referrals = referrals;
        this.actors = actors;
        this.messages = messages;
    }

    /** The reason of an erasure. */
    record Erasure(@Schema(description = "Why (e.g. the person's request of a date)") @Nullable String reason) {
    }

    /** A referral just sent. */
    record Sent(@Schema(description = "The referral's id") UUID id, @Schema(description = "sent") String status) {
    }

    @PostMapping
    @Operation(summary = "Open a case", description = "A caseworker or supervisor, for their organisation. The name "
            + "and contact are sealed at rest; the answer gives only the id and the pseudonymous code.")
    ResponseEntity<CaseFiles.Opened> open(@RequestBody CaseInput body) {
        var opened = cases.open(actor(), body);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.id())).body(opened);
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping
    @Operation(summary = "The caller's cases", description = "Cases of the caller's organisation and those referred "
            + "to it: codes, age bands and needs only, never names.")
    List<CaseFiles.CaseSummary> list() {
        return cases.list(actor());
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping("/{id:[0-9a-fA-F-]{36}}")
    @Operation(summary = "Read a case", description = "The owning organisation, or one it is referred to (only its "
            + "own referrals, the contact only with consent). A reason is required and recorded with who and when. "
            + "404 for anyone else, never revealing that the case exists.")
    CaseView read(@Parameter(description = "The case's id") @PathVariable UUID id,
                  @Parameter(description = "Why the case is read (required, audited)")
                  @RequestParam(required = false) @Nullable String reason) {
        return cases.read(actor(), id, reason == null ? "" : reason);
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping("/{id:[0-9a-fA-F-]{36}}/export")
    @Operation(summary = "Export the person's data", description = "The owning organisation, for the person, with a "
            + "reason (audited). The only export that contains personal data.")
    ResponseEntity<Map<String, Object>> export(@Parameter(description = "The case's id") @PathVariable UUID id,
                                               @Parameter(description = "Why (required, audited)")
                                               @RequestParam(required = false) @Nullable String reason) {
        var export = cases.export(actor(), id, reason == null ? "" : reason);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-" + id
                + ".json\"").header(HttpHeaders.CACHE_CONTROL, "no-store").body(export);
    }

    @PostMapping("/{id:[0-9a-fA-F-]{36}}/erasure")
    @Operation(summary = "Erase the person's data", description = "The owning organisation, on the person's "
            + "request, with a reason: name, contact, languages and referral reasons go; open referrals are revoked; "
            + "the audit trail stays. 204.")
    ResponseEntity<Void> erase(@Parameter(description = "The case's id") @PathVariable UUID id,
                               @RequestBody Erasure body) {
        cases.erase(actor(), id, body.reason() == null ? "" : body.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id:[0-9a-fA-F-]{36}}/referrals")
    @Operation(summary = "Refer a case", description = "The owning organisation's caseworker or supervisor. Without "
            + "consent a supervisor's override with its reason is needed: neither → 400 consent-required; an override "
            + "by someone who is not a supervisor → 403.")
    ResponseEntity<Sent> refer(@Parameter(description = "The case's id") @PathVariable UUID id,
                               @RequestBody ReferralInput body) {
        UUID referral = referrals.refer(actor(), id, body);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral)).body(new Sent(referral, "sent"));
    }

    @PutMapping("/{id:[0-9a-fA-F-]{36}}/returnee-intake")
    @Operation(summary = "Record a returnee's intake", description = "The owning organisation's caseworker or "
            + "supervisor: needs on arrival, skills (ISCO-08 unit groups of the labour-mobility catalogue), "
            + "psychosocial support and the referral plan; the notes are sealed. 201 when new, 200 when recorded "
            + "again (the whole intake is replaced). Another organisation → 404; a receiving organisation → 403.")
    ResponseEntity<ReturneeIntakeView> recordReturnee(@Parameter(description = "The case's id") @PathVariable UUID id,
                                                      @RequestBody ReturneeIntakeInput body) {
        var recorded = returnees.record(actor(), id, body);
        return recorded.created()
                ? ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/returnee-intake")).body(recorded.intake())
                : ResponseEntity.ok(recorded.intake());
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping("/{id:[0-9a-fA-F-]{36}}/returnee-intake")
    @Operation(summary = "Read a returnee's intake", description = "The owning organisation, or one the case is "
            + "referred to (never the notes nor the day of return). A reason is required and audited. 404 for "
            + "anyone else, or when the case has no intake.")
    ReturneeIntakeView readReturnee(@Parameter(description = "The case's id") @PathVariable UUID id,
                                    @Parameter(description = "Why the intake is read (required, audited)")
                                    @RequestParam(required = false) @Nullable String reason) {
        return returnees.read(actor(), id, reason == null ? "" : reason);
    }

    @ExceptionHandler(RefusedRequest.class)
    ResponseEntity<Map<String, Object>> refused(RefusedRequest refused, HttpServletRequest request) {
        return Refusals.answer(refused, request, messages);
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
