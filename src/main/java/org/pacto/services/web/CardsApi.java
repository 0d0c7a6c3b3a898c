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
import org.pacto.services.domain.CardInput;
import org.pacto.services.domain.Cards;
import org.pacto.services.domain.RefusedRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The municipal registration card: the desk's operations (staff of a local authority) and public verification. */
@RestController
@RequestMapping("/api/v1/cards")
@Tag(name = "services", description = "Local services for migrants: service points (public), registration cards, "
        + "cases and referrals (staff only, private by design)")
class CardsApi {

    private final Cards cards;
    private final Actors actors;
    private final MessageSource messages;
    private final String baseUrl;

    CardsApi(Cards cards, Actors actors, MessageSource messages,
             @Value("${pacto.base-url:http://localhost:8080}") String baseUrl) {
        this.cards = cards;
        this.actors = actors;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** The printed card as a PDF answer: personal data, so never cached and always downloaded. */
    static ResponseEntity<byte[]> printed(Cards.Printable card, String baseUrl, MessageSource messages) {
        byte[] pdf = CardSheet.pdf(card, baseUrl + card.verification(), messages, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"card-" + card.number() + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(pdf);
    }

    /** What a verification says. */
    record Verification(@Schema(description = "valid, expired or revoked", example = "valid") String status) {
    }

    /** Renewal: the kinds of proof checked again. */
    record Renewal(@Schema(description = "Kinds of proof checked") @Nullable List<CardInput.Proof> proofs) {
    }

    /** Revocation with its reason. */
    record Revocation(@Schema(description = "Why the card is revoked") @Nullable String reason) {
    }

    @PostMapping
    @Operation(summary = "Issue a registration card", description = "A caseworker, supervisor or focal point of a "
            + "local authority. The proofs are kinds only (never document images); the rule needs 3 identity and 1 "
            + "residence point, else 400 insufficient-proof with the points counted. The answer never echoes the "
            + "photo; 'verification' is the public link, given only here.")
    ResponseEntity<Cards.Issued> issue(@RequestBody CardInput body) {
        var issued = cards.issue(actor(), body);
        return ResponseEntity.created(URI.create("/api/v1/cards/" + issued.id())).body(issued);
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping
    @Operation(summary = "The desk's cards", description = "Numbers and statuses of the cards the caller's local "
            + "authority issued; never holders' data.")
    List<Cards.CardLine> list() {
        return cards.issuedBy(actor());
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping("/{id:[0-9a-fA-F-]{36}}")
    @Operation(summary = "Read a card", description = "The issuing desk only, with a reason (audited: who, when, "
            + "why). 404 for anyone else's card. The photo is never returned.")
    Cards.CardView read(@Parameter(description = "The card's id") @PathVariable UUID id,
                        @Parameter(description = "Why the card is read (required)")
                        @RequestParam(required = false) @Nullable String reason) {
        return cards.read(actor(), id, reason == null ? "" : reason);
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping("/{id:[0-9a-fA-F-]{36}}/card.pdf")
    @Operation(summary = "Print a card", description = "The issuing desk only, with a reason (audited as a read). "
            + "An ID-1 card on an A4 sheet with the holder's data and a QR code of the public verification link, "
            + "which answers only valid, expired or revoked. Never cached. 404 for anyone else's card.")
    ResponseEntity<byte[]> print(@Parameter(description = "The card's id") @PathVariable UUID id,
                                 @Parameter(description = "Why the card is printed (required, audited)")
                                 @RequestParam(required = false) @Nullable String reason) {
        return printed(cards.printable(actor(), id, reason == null ? "" : reason), baseUrl, messages);
    }

    @GetMapping("/verify/{token}")
    @Operation(summary = "Verify a card", description = "Public: answers only valid, expired or revoked; 404 for an "
            + "unknown link. Nothing about the holder.")
    Verification verify(@Parameter(description = "The secret of the card's verification link") @PathVariable String token) {
        return new Verification(cards.verify(token));
    }

    @PostMapping("/{id:[0-9a-fA-F-]{36}}/renew")
    @Operation(summary = "Renew a card", description = "The issuing desk, with the proofs checked again.")
    Cards.CardLine renew(@Parameter(description = "The card's id") @PathVariable UUID id, @RequestBody Renewal body) {
        return cards.renew(actor(), id, body.proofs());
    }

    @PostMapping("/{id:[0-9a-fA-F-]{36}}/revoke")
    @Operation(summary = "Revoke a card", description = "The issuing desk, with a reason.")
    Cards.CardLine revoke(@Parameter(description = "The card's id") @PathVariable UUID id,
                          @RequestBody Revocation body) {
        return cards.revoke(actor(), id, body.reason());
    }

    @ExceptionHandler(RefusedRequest.class)
    ResponseEntity<Map<String, Object>> refused(RefusedRequest refused, HttpServletRequest request) {
        return Refusals.answer(refused, request, messages);
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
