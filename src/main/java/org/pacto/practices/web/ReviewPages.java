package org.pacto.practices.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.PageController;
import org.pacto.practices.calculation.ReviewRules;
import org.pacto.practices.domain.Decisions;
import org.pacto.practices.domain.PracticeViews;
import org.pacto.practices.domain.ReviewDesk;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Peer-review pages: the secretariat's screening and decision, the reviewer's declaration and review. */
@PageController
class ReviewPages {

    private final PracticeViews views;
    private final ReviewDesk reviewDesk;
    private final Decisions decisions;
    private final PracticeForm form;
    private final Actors actors;

    ReviewPages(PracticeViews views, ReviewDesk reviewDesk, Decisions decisions, PracticeForm form, Actors actors) {
        this.views = views;
        this.reviewDesk = reviewDesk;
        this.decisions = decisions;
        this.form = form;
        this.actors = actors;
    }

    @GetMapping("/practices/{id}/screening")
    String screening(@PathVariable String id, Model model) {
        Actor actor = actor();
        if (!actor.isStaff()) {
            throw new AccessDeniedException("secretariat");
        }
        var page = views.screening(actor, id);
        model.addAttribute("practice", page.practice());
        model.addAttribute("assignment", page.assignment());
        model.addAttribute("suggestions", page.suggestions());
        model.addAttribute("reviews", page.reviews());
        model.addAttribute("criteria", ReviewRules.CRITERIA);
        return "practices/screening";
    }

    @PostMapping("/practices/{id}/reviewers")
    String assign(@PathVariable String id, @RequestParam(name = "reviewers", required = false) List<String> reviewers,
                  Model model) {
        try {
            reviewDesk.assign(actor(), id, reviewers == null ? List.of() : reviewers);
            return "redirect:/practices/" + id + "/screening";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", form.errors(e));
            return screening(id, model);
        }
    }

    @PostMapping("/practices/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, Model model) {
        try {
            decisions.decide(actor(), id, decision, reason);
            return "redirect:/practices/" + id + "/screening";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", form.errors(e));
            return screening(id, model);
        }
    }

    /** Before the declaration of no conflict of interest the page shows the declaration only, not the practice. */
    @GetMapping("/practices/{id}/review")
    String review(@PathVariable String id, Model model) {
        var page = views.review(actor(), id);
        model.addAttribute("mine", page.mine());
        model.addAttribute("criteria", ReviewRules.CRITERIA);
        model.addAttribute("recommendations", ReviewRules.RECOMMENDATIONS);
        model.addAttribute("practiceId", page.practiceId());
        if (page.practice() != null) {
            model.addAttribute("practice", page.practice());
            model.addAttribute("reviews", page.reviews());
        }
        return "practices/review";
    }

    @PostMapping("/practices/{id}/declaration")
    String declare(@PathVariable String id) {
        reviewDesk.declareNoConflict(actor(), id);
        return "redirect:/practices/" + id + "/review";
    }

    @PostMapping("/practices/{id}/review")
    String sendReview(@PathVariable String id, @RequestParam MultiValueMap<String, String> values, Model model) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String criterion : ReviewRules.CRITERIA) {
            try {
                scores.put(criterion, Integer.valueOf(values.getFirst(criterion)));
            } catch (NumberFormatException | NullPointerException e) {
                // missing: reported by the rules
            }
        }
        try {
            reviewDesk.review(actor(), id, new ReviewDesk.ReviewInput(scores, values.getFirst("recommendation"),
                    values.getFirst("comment"), null));
            return "redirect:/practices/" + id + "/review";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", form.errors(e));
            return review(id, model);
        }
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
