package org.pacto.practices.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.PageController;
import org.pacto.practices.calculation.ReviewRules;
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

    private final PracticeDesk desk;
    private final PracticeForm form;

    ReviewPages(PracticeDesk desk, PracticeForm form) {
        this.desk = desk;
        this.form = form;
    }

    @GetMapping("/practices/{id}/screening")
    String screening(@PathVariable String id, Model model) {
        if (!desk.staff()) {
            throw new AccessDeniedException("secretariat");
        }
        model.addAttribute("practice", desk.view(id));
        model.addAttribute("assignment", desk.assigned(id));
        model.addAttribute("suggestions", desk.suggestions(id));
        model.addAttribute("reviews", desk.reviews(id));
        model.addAttribute("criteria", ReviewRules.CRITERIA);
        return "practices/screening";
    }

    @PostMapping("/practices/{id}/reviewers")
    String assign(@PathVariable String id, @RequestParam(name = "reviewers", required = false) List<String> reviewers,
                  Model model) {
        try {
            desk.assign(id, reviewers == null ? List.of() : reviewers);
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
            desk.decide(id, decision, reason);
            return "redirect:/practices/" + id + "/screening";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", form.errors(e));
            return screening(id, model);
        }
    }

    @GetMapping("/practices/{id}/review")
    String review(@PathVariable String id, Model model) {
        var mine = desk.mine(id).orElseThrow(() -> new AccessDeniedException("not assigned"));
        model.addAttribute("mine", mine);
        model.addAttribute("criteria", ReviewRules.CRITERIA);
        model.addAttribute("recommendations", ReviewRules.RECOMMENDATIONS);
        model.addAttribute("practiceId", id);
        if (mine.declared()) {
            model.addAttribute("practice", desk.view(id));
            model.addAttribute("reviews", desk.reviews(id));
        }
        return "practices/review";
    }

    @PostMapping("/practices/{id}/declaration")
    String declare(@PathVariable String id) {
        desk.declare(id);
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
            desk.review(id, new ReviewDesk.ReviewInput(scores, values.getFirst("recommendation"),
                    values.getFirst("comment"), null));
            return "redirect:/practices/" + id + "/review";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", form.errors(e));
            return review(id, model);
        }
    }
}
