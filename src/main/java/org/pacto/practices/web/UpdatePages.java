package org.pacto.practices.web;

import java.util.Map;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.PageController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Updating a published practice: the organisation's form, the secretariat's list, difference and decision. */
@PageController
class UpdatePages {

    private final PracticeDesk desk;
    private final UpdateViews updates;
    private final PracticeForm form;

    UpdatePages(PracticeDesk desk, UpdateViews updates, PracticeForm form) {
        this.desk = desk;
        this.updates = updates;
        this.form = form;
    }

    @GetMapping("/practices/{id}/update")
    String updateForm(@PathVariable String id, Model model) {
        PracticeView practice = desk.view(id);
        if (!updates.mayPropose(id)) {
            throw new AccessDeniedException("update");
        }
        form.fill(model, PracticeForm.values(practice), Map.of(), null);
        model.addAttribute("updating", practice);
        return "practices/form";
    }

    @PostMapping("/practices/{id}/update")
    String propose(@PathVariable String id, @RequestParam MultiValueMap<String, String> values, Model model) {
        try {
            updates.propose(id, PracticeForm.input(values));
            return "redirect:/practices/" + id + "?update-proposed";
        } catch (InvalidInputException e) {
            form.fill(model, values.toSingleValueMap(), form.errors(e), null);
            model.addAttribute("updating", desk.view(id));
            return "practices/form";
        }
    }

    /** The secretariat's desk: updates of published practices waiting for a decision. */
    @GetMapping("/practices/updates")
    String waiting(Model model) {
        if (!desk.staff()) {
            throw new AccessDeniedException("secretariat");
        }
        model.addAttribute("waiting", updates.waiting());
        return "practices/updates";
    }

    @GetMapping("/practices/{id}/updates/{version}")
    String proposed(@PathVariable String id, @PathVariable int version, Model model) {
        model.addAttribute("practice", desk.view(id));
        model.addAttribute("update", updates.one(id, version));
        model.addAttribute("staff", desk.staff());
        return "practices/update";
    }

    @PostMapping("/practices/{id}/updates/{version}/decision")
    String decide(@PathVariable String id, @PathVariable int version,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  Model model) {
        if (!desk.staff()) {
            throw new AccessDeniedException("secretariat");
        }
        try {
            updates.decide(id, version, decision, reason);
            return "redirect:/practices/updates?decided";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", form.errors(e));
            return proposed(id, version, model);
        }
    }
}
