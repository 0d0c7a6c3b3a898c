package org.pacto.reviews.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.AttachmentPanel;
import org.pacto.platform.ConflictException;
import org.pacto.platform.FormProblems;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.platform.PageController;
import org.pacto.reviews.domain.AssessmentCatalogue;
import org.pacto.reviews.domain.Direction;
import org.pacto.reviews.domain.EvidenceFiles;
import org.pacto.reviews.domain.InitiativeStatus;
import org.pacto.reviews.domain.InitiativeType;
import org.pacto.reviews.domain.InventoryViews;
import org.pacto.reviews.domain.Reviews;
import org.pacto.taxonomy.Framework;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The government's editing pages beyond adding (issue 9: "editing pages for focal points with inline
 * validation"): an initiative's own page with its evidence files, where it is changed or removed while the inventory
 * is editable; the self-assessment form; and the secretariat's form that opens a review cycle.
 */
@PageController
class InitiativePages {

    private static final String ID = "{id:[0-9a-fA-F-]{36}}";

    private final Reviews reviews;
    private final InventoryViews views;
    private final EvidenceFiles evidence;
    private final Actors actors;
    private final Framework framework;
    private final FormProblems problems;

    InitiativePages(Reviews reviews, InventoryViews views, EvidenceFiles evidence, Actors actors, Framework framework,
                    FormProblems problems) {
        this.reviews = reviews;
        this.views = views;
        this.evidence = evidence;
        this.actors = actors;
        this.framework = framework;
        this.problems = problems;
    }

    @GetMapping("/reviews/initiatives/" + ID)
    String initiative(@PathVariable String id, Model model) {
        return show(ReviewsApi.parse(id, "initiative"), null, Map.of(), model);
    }

    @PostMapping("/reviews/initiatives/" + ID)
    String change(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        UUID initiative = ReviewsApi.parse(id, "initiative");
        try {
            reviews.changeInitiative(signedIn(), initiative, InitiativeForm.input(form));
        } catch (InvalidInputException e) {
            return show(initiative, InitiativeForm.typed(form), fieldErrors(e), model);
        } catch (ConflictException e) {
            return show(initiative, InitiativeForm.typed(form), Map.of("form", problems.of(e)), model);
        }
        return "redirect:/reviews/initiatives/" + initiative + "?changed";
    }

    @PostMapping("/reviews/initiatives/" + ID + "/delete")
    String remove(@PathVariable String id, Model model) {
        UUID initiative = ReviewsApi.parse(id, "initiative");
        var page = views.initiative(actors.current(), initiative, ReviewsApi.language());
        try {
            reviews.removeInitiative(signedIn(), initiative);
        } catch (ConflictException e) {
            return show(initiative, null, Map.of("form", problems.of(e)), model);
        }
        return "redirect:/reviews/" + page.inventory().cycle() + "/" + page.inventory().organisation() + "?removed";
    }

    @PostMapping("/reviews/initiatives/" + ID + "/attachments")
    String attach(@PathVariable String id, @RequestParam(required = false) @Nullable MultipartFile file)
            throws IOException {
        UUID initiative = ReviewsApi.parse(id, "initiative");
        if (file == null) {
            throw new InvalidInputException(new FieldProblem("file", "empty-file"));
        }
        try (var in = file.getInputStream()) {
            evidence.add(signedIn(), initiative, String.valueOf(file.getOriginalFilename()), in);
        }
        return "redirect:/reviews/initiatives/" + initiative + "?attached#attachments-heading";
    }

    @GetMapping("/reviews/initiatives/" + ID + "/attachments/{attachment:[0-9a-fA-F-]{36}}")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String attachment) {
        UUID initiative = ReviewsApi.parse(id, "initiative");
        return evidence.download(evidence.find(actors.current(), initiative, ReviewsApi.parse(attachment,
                "attachment")));
    }

    /**
     * The self-assessment as a form: one present / partial / absent choice and an optional evidence note per
     * question ({@code level.<code>}, {@code evidence.<code>}); unanswered questions are left out, as in the API.
     */
    @PostMapping("/reviews/inventories/" + ID + "/assessment")
    String assess(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes out) {
        UUID inventory = ReviewsApi.parse(id, "inventory");
        Actor actor = signedIn();
        var shown = views.inventory(Optional.of(actor), inventory, ReviewsApi.language());
        Map<String, Reviews.AnswerInput> answers = new LinkedHashMap<>();
        for (var question : AssessmentCatalogue.QUESTIONS) {
            String level = form.getFirst("level." + question.code());
            String note = form.getFirst("evidence." + question.code());
            if ((level != null && !level.isBlank()) || (note != null && !note.isBlank())) {
                answers.put(question.code(), new Reviews.AnswerInput(level, note));
            }
        }
        String back = "redirect:/reviews/" + shown.cycle() + "/" + shown.organisation();
        try {
            reviews.answerAssessment(actor, inventory, answers);
        } catch (InvalidInputException e) {
            out.addFlashAttribute("assessmentErrors", problems.of(e));
            out.addFlashAttribute("assessmentForm", form.toSingleValueMap());
            return back + "#h-assessment";
        } catch (ConflictException e) {
            out.addFlashAttribute("assessmentErrors", Map.of("answers", problems.of(e)));
            return back + "#h-assessment";
        }
        return back + "?assessed#h-assessment";
    }

    /** The secretariat opens a cycle from the reviews page; a refused form comes back with what was typed. */
    @PostMapping("/reviews/cycles")
    String openCycle(@RequestParam MultiValueMap<String, String> form, RedirectAttributes out) {
        Actor actor = signedIn();
        try {
            reviews.openCycle(actor, new Reviews.CycleInput(form.getFirst("title"), form.getFirst("forum"),
                    form.getFirst("referenceDate"), form.getFirst("opens"), form.getFirst("closes")), false);
        } catch (InvalidInputException e) {
            out.addFlashAttribute("cycleErrors", problems.of(e));
            out.addFlashAttribute("cycleForm", form.toSingleValueMap());
            return "redirect:/reviews#cycle-form";
        }
        return "redirect:/reviews?opened";
    }

    private String show(UUID initiative, @Nullable InitiativeForm typed, Map<String, String> errors, Model model) {
        Optional<Actor> actor = actors.current();
        Language language = ReviewsApi.language();
        var page = views.initiative(actor, initiative, language);
        model.addAttribute("page", page);
        var form = typed != null ? typed : InitiativeForm.of(page.initiative());
        model.addAttribute("form", form.form());
        model.addAttribute("chosen", form.chosen());
        model.addAttribute("errors", errors);
        model.addAttribute("objectiveTitles", ReviewPages.objectiveTitles(framework, language));
        model.addAttribute("principles", framework.principles(language));
        model.addAttribute("types", InitiativeType.codes());
        model.addAttribute("statuses", InitiativeStatus.codes());
        model.addAttribute("directions", Direction.codes());
        model.addAttribute("level", page.inventory().level());
        model.addAttribute("evidencePanel", new AttachmentPanel(evidence.list(actor, initiative),
                "/reviews/initiatives/" + initiative + "/attachments", page.mayEdit()));
        return "reviews/initiative";
    }

    private Map<String, String> fieldErrors(InvalidInputException e) {
        return InitiativeForm.byList(problems.of(e));
    }

    private Actor signedIn() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
