package org.pacto.practices.web;

import java.util.Map;
import java.util.Optional;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.PageController;
import org.pacto.practices.domain.PracticeUpdates;
import org.pacto.practices.domain.PracticeView;
import org.pacto.practices.domain.PracticeViews;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for updating a published practice: the organisation's form and the secretariat's decision. */
@PageController
class UpdatePages {

    private final PracticeViews views;
    private final PracticeUpdates updates;
    private final PracticeForm form;
    private final Actors actors;

    UpdatePages(PracticeViews views, PracticeUpdates updates, PracticeForm form, Actors actors) {
        this.views = views;
        this.updates = updates;
        this.form = form;
        this.actors = actors;
    }

    @GetMapping("/practices/{id}/update")
    String updateForm(@PathVariable String id, Model model) {
        PracticeView practice = views.updatable(actor(), id);
        form.fill(model, PracticeForm.values(practice), Map.of(), null);
        model.addAttribute("updating", practice);
        return "practices/form";
    }

    @PostMapping("/practices/{id}/update")
    String propose(@PathVariable String id, @RequestParam MultiValueMap<String, String> values, Model model) {
        Actor actor = actor();
        try {
            updates.propose(actor, id, PracticeForm.input(values));
            return "redirect:/practices/" + id + "?update-proposed";
        } catch (InvalidInputException e) {
            form.fill(model, values.toSingleValueMap(), form.errors(e), null);
            model.addAttribute("updating", views.view(Optional.of(actor), id));
            return "practices/form";
        }
    }

    /** The secretariat's desk: updates of published practices waiting for a decision. */
    @GetMapping("/practices/updates")
    String waiting(Model model) {
        model.addAttribute("waiting", views.waitingUpdates(staff()));
        return "practices/updates";
    }

    @GetMapping("/practices/{id}/updates/{version}")
    String proposed(@PathVariable String id, @PathVariable int version, Model model) {
        Actor actor = actor();
        var proposed = updates.proposed(actor, id, version);
        model.addAttribute("practice", views.view(Optional.of(actor), id));
        model.addAttribute("update", UpdatesApi.Update.of(proposed.update(), proposed.changes()));
        model.addAttribute("staff", actor.isStaff());
        return "practices/update";
    }

    @PostMapping("/practices/{id}/updates/{version}/decision")
    String decide(@PathVariable String id, @PathVariable int version,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  Model model) {
        Actor actor = staff();
        try {
            updates.decide(actor, id, version, decision, reason);
            return "redirect:/practices/updates?decided";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", form.errors(e));
            return proposed(id, version, model);
        }
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    private Actor staff() {
        Actor actor = actor();
        if (!actor.isStaff()) {
            throw new AccessDeniedException("secretariat");
        }
        return actor;
    }
}
