package org.pacto.services.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.pacto.services.domain.PlanStepStatus;
import org.pacto.services.domain.PsychosocialSupport;
import org.pacto.services.domain.ReturneeIntakeInput;
import org.pacto.services.domain.ReturneeIntakeView;
import org.pacto.services.domain.ReturneeIntakes;
import org.pacto.services.domain.ReturneeNeed;
import org.pacto.services.domain.ServiceOffered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The returnee intake form of a case (its own organisation's case staff). Reaching it to revise an intake is a
 * read of the case like any other: it needs the reason the case page asked for, and is audited.
 */
@PageController
class ReturneePages {

    /** Rows of the plan the form offers; the API takes up to 20. */
    static final int PLAN_ROWS = 4;

    private final ReturneeIntakes returnees;
    private final Actors actors;

    ReturneePages(ReturneeIntakes returnees, Actors actors) {
        this.returnees = returnees;
        this.actors = actors;
    }

    /** The form as posted; the plan comes as parallel lists, one entry per row. */
    record IntakeForm(@Nullable LocalDate returnedOn, @Nullable List<String> needs, @Nullable String skills,
                      @Nullable String psychosocialSupport, @Nullable List<String> planService,
                      @Nullable List<LocalDate> planDue, @Nullable List<String> planStatus, @Nullable String notes) {

        static IntakeForm of(ReturneeIntakeView intake) {
            return new IntakeForm(intake.returnedOn(), intake.needs(), String.join(" ", intake.skills()),
                    intake.psychosocialSupport(), intake.plan().stream().map(ReturneeIntakeView.Step::service).toList(),
                    intake.plan().stream().map(ReturneeIntakeView.Step::due).toList(),
                    intake.plan().stream().map(ReturneeIntakeView.Step::status).toList(), intake.notes());
        }

        ReturneeIntakeInput input() {
            List<ReturneeIntakeInput.Step> plan = new ArrayList<>();
            int rows = planService == null ? 0 : planService.size();
            for (int i = 0; i < rows; i++) {
                String service = planService.get(i);
                if (service != null && !service.isBlank()) {
                    plan.add(new ReturneeIntakeInput.Step(service, null, at(planDue, i), at(planStatus, i)));
                }
            }
            List<String> skillCodes = skills == null || skills.isBlank() ? List.of()
                    : Arrays.stream(skills.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
            return new ReturneeIntakeInput(returnedOn, needs == null ? List.of() : needs, skillCodes,
                    psychosocialSupport, plan, notes);
        }

        private static <T> @Nullable T at(@Nullable List<T> list, int i) {
            return list == null || i >= list.size() ? null : list.get(i);
        }

        /** The value of plan row i for the template (empty rows past the recorded plan). */
        public @Nullable String service(int i) {
            return at(planService, i);
        }

        public @Nullable LocalDate due(int i) {
            return at(planDue, i);
        }

        public @Nullable String status(int i) {
            return at(planStatus, i);
        }
    }

    @GetMapping("/services/cases/{id:[0-9a-fA-F-]{36}}/returnee")
    String form(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model) {
        Actor actor = actor();
        IntakeForm form = new IntakeForm(null, List.of(), "", "not-assessed", List.of(), List.of(), List.of(), null);
        if (reason != null && !reason.isBlank()) {
            try {
                // a receiving organisation sees the form without the notes; recording it is refused (403)
                form = IntakeForm.of(returnees.read(actor, id, reason));
            } catch (NotFoundException none) {
                // no intake yet: the blank form
            }
        }
        return page(id, form, model);
    }

    @PostMapping("/services/cases/{id:[0-9a-fA-F-]{36}}/returnee")
    String record(@PathVariable UUID id, @ModelAttribute IntakeForm form, Model model) {
        try {
            returnees.record(actor(), id, form.input());
            model.addAttribute("saved", true);
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.problems());
        }
        return page(id, form, model);
    }

    private String page(UUID id, IntakeForm form, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, Math.max(PLAN_ROWS,
                form.planService() == null ? 0 : form.planService().size() + 1)).boxed().toList());
        model.addAttribute("needOptions", Arrays.stream(ReturneeNeed.values()).map(ReturneeNeed::code).toList());
        model.addAttribute("supportOptions",
                Arrays.stream(PsychosocialSupport.values()).map(PsychosocialSupport::code).toList());
        model.addAttribute("serviceOptions", Arrays.stream(ServiceOffered.values()).map(ServiceOffered::code).toList());
        model.addAttribute("statusOptions", Arrays.stream(PlanStepStatus.values()).map(PlanStepStatus::code).toList());
        return "services/returnee";
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
