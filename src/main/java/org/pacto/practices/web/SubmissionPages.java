package org.pacto.practices.web;

import java.util.Map;
import java.util.Optional;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.PageController;
import org.pacto.practices.calculation.ReviewRules;
import org.pacto.practices.domain.PracticeView;
import org.pacto.practices.domain.PracticeViews;
import org.pacto.practices.domain.Submissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The submitting organisation's pages: new practice, editing a draft, checking and submitting it. */
@PageController
class SubmissionPages {

    private final PracticeViews views;
    private final Submissions submissions;
    private final Duplicates duplicates;
    private final PracticeForm form;
    private final Actors actors;

    SubmissionPages(PracticeViews views, Submissions submissions, Duplicates duplicates, PracticeForm form,
                    Actors actors) {
        this.views = views;
        this.submissions = submissions;
        this.duplicates = duplicates;
        this.form = form;
        this.actors = actors;
    }

    @GetMapping("/practices/new")
    String newPractice(Model model) {
        actor();
        form.fill(model, Map.of(), Map.of(), null);
        return "practices/form";
    }

    @PostMapping("/practices/new")
    String create(@RequestParam MultiValueMap<String, String> values, Model model) {
        Actor actor = actor();
        try {
            var created = submissions.create(actor, PracticeForm.input(values));
            return "redirect:/practices/" + created.id() + "/edit?saved";
        } catch (InvalidInputException e) {
            form.fill(model, values.toSingleValueMap(), form.errors(e), null);
            return "practices/form";
        }
    }

    @GetMapping("/practices/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        PracticeView practice = views.draft(actor(), id);
        form.fill(model, PracticeForm.values(practice), Map.of(), practice);
        return "practices/form";
    }

    @PostMapping("/practices/{id}/edit")
    String update(@PathVariable String id, @RequestParam MultiValueMap<String, String> values, Model model) {
        Actor actor = actor();
        try {
            submissions.edit(actor, id, PracticeForm.input(values));
            return "redirect:/practices/" + id + "/edit?saved";
        } catch (InvalidInputException e) {
            form.fill(model, values.toSingleValueMap(), form.errors(e), views.view(Optional.of(actor), id));
            return "practices/form";
        }
    }

    @GetMapping("/practices/{id}/submit")
    String confirm(@PathVariable String id, Model model) {
        showCheck(views.draft(actor(), id), model);
        return "practices/submit";
    }

    @PostMapping("/practices/{id}/submit")
    String submit(@PathVariable String id, Model model) {
        Actor actor = actor();
        try {
            submissions.submit(actor, id);
            return "redirect:/practices/" + id + "?submitted";
        } catch (InvalidInputException e) {
            showCheck(views.view(Optional.of(actor), id), model);
            model.addAttribute("errors", form.errors(e));
            return "practices/submit";
        }
    }

    private void showCheck(PracticeView practice, Model model) {
        model.addAttribute("practice", practice);
        model.addAttribute("criteria", ReviewRules.CRITERIA);
        model.addAttribute("check", PracticesApi.Submitted.check(practice,
                duplicates.of(practice, PracticePages.language().code())));
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
