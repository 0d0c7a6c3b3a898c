package org.pacto.services.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.PageController;
import org.pacto.services.calculation.ProofKind;
import org.pacto.services.domain.CardInput;
import org.pacto.services.domain.Cards;
import org.pacto.services.domain.RefusedRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One card at the desk: print it (PDF with the verification QR code, with a reason, audited), renew it with the
 * proofs checked again, or revoke it. The page itself shows only the number, dates and status.
 */
@PageController
class CardDeskPages {

    private final Cards cards;
    private final Actors actors;
    private final MessageSource messages;
    private final String baseUrl;

    CardDeskPages(Cards cards, Actors actors, MessageSource messages,
                  @Value("${pacto.base-url:http://localhost:8080}") String baseUrl) {
        this.cards = cards;
        this.actors = actors;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/services/desk/cards/{id:[0-9a-fA-F-]{36}}")
    String card(@PathVariable UUID id, Model model) {
        return page(actor(), id, model);
    }

    @GetMapping("/services/desk/cards/{id:[0-9a-fA-F-]{36}}/card.pdf")
    ResponseEntity<byte[]> print(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason) {
        return CardsApi.printed(cards.printable(actor(), id, reason == null ? "" : reason), baseUrl, messages);
    }

    @PostMapping("/services/desk/cards/{id:[0-9a-fA-F-]{36}}/renew")
    String renew(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> proofs, Model model) {
        Actor actor = actor();
        try {
            cards.renew(actor, id, proofs == null ? List.of() : proofs.stream().map(CardInput.Proof::new).toList());
            model.addAttribute("done", "renewed");
        } catch (RefusedRequest refused) {
            model.addAttribute("refusal", refused.properties());
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.problems());
        } catch (ConflictException conflict) {
            model.addAttribute("conflict", conflict.code());
        }
        return page(actor, id, model);
    }

    @PostMapping("/services/desk/cards/{id:[0-9a-fA-F-]{36}}/revoke")
    String revoke(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model) {
        Actor actor = actor();
        try {
            cards.revoke(actor, id, reason);
            model.addAttribute("done", "revoked");
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.problems());
        }
        return page(actor, id, model);
    }

    private String page(Actor actor, UUID id, Model model) {
        model.addAttribute("card", cards.line(actor, id));
        model.addAttribute("kinds", Arrays.stream(ProofKind.values()).toList());
        return "services/card";
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
