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

/** The submitting organisation's pages: new practice, editing a draft, checking and submitting it. */
@PageController
class SubmissionPages {

    private final PracticeDesk desk;
    private final PracticeForm form;

    SubmissionPages(PracticeDesk desk, PracticeForm form) {
        this.desk = desk;
        this.form = form;
    }

    @GetMapping("/practices/new")
    String newPractice(Model model) {
        PracticeForm.requireSignedIn();
        form.fill(model, Map.of(), Map.of(), null);
        return "practices/form";
    }

    @PostMapping("/practices/new")
    String create(@RequestParam MultiValueMap<String, String> values, Model model) {
        PracticeForm.requireSignedIn();
        try {
            var created = desk.create(PracticeForm.input(values));
            return "redirect:/practices/" + created.id() + "/edit?saved";
        } catch (InvalidInputException e) {
            form.fill(model, values.toSingleValueMap(), form.errors(e), null);
            return "practices/form";
        }
    }


    @GetMapping("/practices/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        PracticeView practice = desk.view(id);
        if (!desk.maySubmit(id)) {
            throw new AccessDeniedException("edit");
        }
        form.fill(model, PracticeForm.values(practice), Map.of(), practice);
        return "practices/form";
    }

    @PostMapping("/practices/{id}/edit")
    String update(@PathVariable String id, @RequestParam MultiValueMap<String, String> values, Model model) {
        try {
            desk.edit(id, PracticeForm.input(values));
            return "redirect:/practices/" + id + "/edit?saved";
        } catch (InvalidInputException e) {
            form.fill(model, values.toSingleValueMap(), form.errors(e), desk.view(id));
            return "practices/form";
        }
    }

    @GetMapping("/practices/{id}/submit")
    String confirm(@PathVariable String id, Model model) {
        if (!desk.maySubmit(id)) {
            throw new AccessDeniedException("submit");
        }
        model.addAttribute("practice", desk.view(id));
        model.addAttribute("check", desk.check(id, PracticePages.language().code()));
        return "practices/submit";
    }

    @PostMapping("/practices/{id}/submit")
    String submit(@PathVariable String id, Model model) {
        try {
            desk.submit(id, PracticePages.language().code());
            return "redirect:/practices/" + id + "?submitted";
        } catch (InvalidInputException e) {
            model.addAttribute("practice", desk.view(id));
            model.addAttribute("check", desk.check(id, PracticePages.language().code()));
            model.addAttribute("errors", form.errors(e));
            return "practices/submit";
        }
    }
}
