package org.pacto.services.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.PageController;
import org.pacto.services.calculation.ProofKind;
import org.pacto.services.domain.CardInput;
import org.pacto.services.domain.Cards;
import org.pacto.services.domain.CaseFiles;
import org.pacto.services.domain.ReferralStatus.Action;
import org.pacto.services.domain.Referrals;
import org.pacto.services.domain.RefusedRequest;
import org.pacto.services.domain.ReturneeIntakes;
import org.pacto.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff pages (signed in): the card desk of a local authority, the case list and a case read with its reason,
 * the referral inbox and outbox. Every read goes through the same services as the API, audited the same way.
 */
@PageController
class StaffPages {

    private final Cards cards;
    private final CaseFiles cases;
    private final Referrals referrals;
    private final ReturneeIntakes returnees;
    private final Actors actors;

    StaffPages(Cards cards, CaseFiles cases, Referrals referrals, ReturneeIntakes returnees, Actors actors) {
        this.returnees = returnees;
        this.cards = cards;
        this.cases = cases;
        this.referrals = referrals;
        this.actors = actors;
    }

    /** The desk's form as posted. */
    record DeskForm(@Nullable String name, @Nullable LocalDate birthDate, @Nullable String address,
                    @Nullable List<String> proofs) {
    }

    @GetMapping("/services/desk")
    String desk(Model model) {
        return desk(actor(), model, new DeskForm(null, null, null, List.of()));
    }

    @PostMapping("/services/desk")
    String issue(@ModelAttribute DeskForm form, Model model) {
        Actor actor = actor();
        try {
            var proofs = form.proofs() == null ? List.<CardInput.Proof>of()
                    : form.proofs().stream().map(CardInput.Proof::new).toList();
            var issued = cards.issue(actor, new CardInput(form.name(), form.birthDate(), form.address(), proofs, null));
            model.addAttribute("issued", issued);
            return desk(actor, model, new DeskForm(null, null, null, List.of()));
        } catch (RefusedRequest refused) {
            model.addAttribute("refusal", refused.properties());
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.problems());
        }
        return desk(actor, model, form);
    }

    private String desk(Actor actor, Model model, DeskForm form) {
        if (!cards.mayIssue(actor)) {
            throw new AccessDeniedException("card desks are for local authorities' staff");
        }
        model.addAttribute("form", form);
        model.addAttribute("kinds", Arrays.stream(ProofKind.values()).toList());
        model.addAttribute("cards", cards.issuedBy(actor));
        return "services/desk";
    }

    @GetMapping("/services/cases")
    String caseList(Model model) {
        model.addAttribute("cases", cases.list(actor()));
        return "services/cases";
    }

    @GetMapping("/services/cases/{id:[0-9a-fA-F-]{36}}")
    String caseFile(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model) {
        Actor actor = actor();
        model.addAttribute("id", id);
        if (reason != null && !reason.isBlank()) {
            var file = cases.read(actor, id, reason);
            model.addAttribute("file", file);
            model.addAttribute("reason", reason);
            // read under the same audited read of the case
            model.addAttribute("returnee", returnees.of(file).orElse(null));
        }
        return "services/case";
    }

    @GetMapping("/services/referrals")
    String referralBoxes(Model model) {
        Actor actor = actor();
        model.addAttribute("inbox", referrals.box(actor, true));
        model.addAttribute("outbox", referrals.box(actor, false));
        return "services/referrals";
    }

    @PostMapping("/services/referrals/{id:[0-9a-fA-F-]{36}}/{action:accept|reject|done|revoke}")
    String act(@PathVariable UUID id, @PathVariable String action) {
        referrals.act(actor(), id, Action.fromCode(action).orElseThrow(() -> new NotFoundException("action", action)));
        return "redirect:/services/referrals";
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
