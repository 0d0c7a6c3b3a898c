package org.pacto.services.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returnee intake (issue 13; seed 004 objective 21): recorded by the case's own organisation, read with a reason
 * (audited like the case) by it and by an organisation the case is referred to, without the notes.
 * Skills are ISCO-08 unit groups, the codes of the labour-mobility catalogue ({@code /skills}), so that a plan
 * can lead to a recognition procedure there.
 */
@Service
public class ReturneeIntakes {

    static final String RECORD = "services.returnee-intake";
    /** ISCO-08 unit groups: four digits (ILO, ISCO-08 structure, 2012). */
    private static final Pattern ISCO_UNIT_GROUP = Pattern.compile("[0-9]{4}");
    private static final int NOTES_LIMIT = 2000;
    private static final int PLAN_LIMIT = 20;

    private final ReturneeIntakeRepository intakes;
    private final ServicePointRepository points;
    private final CaseAccess access;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    ReturneeIntakes(ReturneeIntakeRepository intakes, ServicePointRepository points, CaseAccess access,
                    FieldCipher cipher, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.intakes = intakes;
        this.points = points;
        this.access = access;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** What {@link #record} did: whether the intake was new, and the intake as its owner reads it. */
    public record Recorded(boolean created, ReturneeIntakeView intake) {
    }

    /** Records (or records again) the intake of a case; the owning organisation's case staff only. */
    @Transactional
    public Recorded record(Actor actor, UUID caseId, ReturneeIntakeInput input) {
        CaseAccess.requireCaseStaff(actor);
        var reached = access.own(actor, caseId);
        if (reached.file().erased()) {
            throw new org.pacto.platform.ConflictException("services-case-erased", "the case was erased");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ServicePointRules.codes(problems, "needs", input.needs(), true, c -> ReturneeNeed.fromCode(c).isPresent());
        ServicePointRules.codes(problems, "skills", input.skills(), false,
                c -> c != null && ISCO_UNIT_GROUP.matcher(c).matches());
        ServicePointRules.text(problems, "notes", input.notes(), NOTES_LIMIT, false);
        PsychosocialSupport support = input.psychosocialSupport() == null ? PsychosocialSupport.NOT_ASSESSED
                : CaseFiles.code(problems, "psychosocialSupport", input.psychosocialSupport(),
                PsychosocialSupport::fromCode);
        LocalDate today = LocalDate.now(clock);
        if (input.returnedOn() != null && input.returnedOn().isAfter(today)) {
            problems.add(new FieldProblem("returnedOn", "in-the-future"));
        }
        List<ReturneeIntake.PlanStep> plan = plan(input.plan(), problems);
        if (!problems.isEmpty() || support == null) {
            throw new InvalidInputException(problems);
        }
        Optional<ReturneeIntake> existing = intakes.findByCaseId(caseId);
        var intake = existing.orElseGet(() -> new ReturneeIntake(UUID.randomUUID(), caseId,
                actor.organisation().value(), clock.instant()));
        String notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().strip();
        intake.record(input.returnedOn(), input.needs().stream().map(n -> ReturneeNeed.fromCode(n).orElseThrow())
                        .toList(), input.skills() == null ? List.of() : input.skills(), support, plan,
                notes == null ? null : cipher.seal(notes, intake.notesContext()), clock.instant());
        intakes.save(intake);
        // the audit names what changed in codes, never the notes
        audit.changed(RECORD, caseId.toString(), existing.isPresent() ? "revised" : "recorded",
                Map.of("needs", intake.needs().stream().map(ReturneeNeed::code).toList(),
                        "planSteps", intake.plan().size()));
        return new Recorded(existing.isEmpty(), view(intake, reached.file().code(), true));
    }

    /** The intake of a case, for its owner or an organisation it is referred to, with the read audited. */
    @Transactional
    public ReturneeIntakeView read(Actor actor, UUID caseId, String reason) {
        CaseAccess.requireCaseStaff(actor);
        String why = CaseAccess.reason(reason);
        var reached = access.reach(actor, caseId);
        var intake = intakes.findByCaseId(caseId).orElseThrow(() -> new NotFoundException("returnee intake", caseId));
        audit.personalDataRead(RECORD, caseId.toString(), why);
        return view(intake, reached.file().code(), reached.owner());
    }

    /** For a page or export that has already reached the case (and audited the read). */
    @Transactional(readOnly = true)
    public Optional<ReturneeIntakeView> of(CaseView file) {
        return intakes.findByCaseId(file.id()).map(i -> view(i, file.code(), file.owner()));
    }

    /** Erasure or retention of the case: the intake's notes and day of return go with it. */
    void erase(UUID caseId) {
        intakes.findByCaseId(caseId).ifPresent(i -> i.erase(clock.instant()));
    }

    private ReturneeIntakeView view(ReturneeIntake intake, String code, boolean owner) {
        List<ReturneeIntakeView.Step> steps = intake.plan().stream().map(s -> new ReturneeIntakeView.Step(
                s.service().code(), s.pointId(), s.pointId() == null ? null
                : points.findById(s.pointId()).map(ServicePoint::name).orElse(null), s.dueOn(), s.status().code()))
                .toList();
        String notes = owner && intake.notes() != null ? cipher.open(intake.notes(), intake.notesContext()) : null;
        return new ReturneeIntakeView(intake.caseId(), code, owner ? intake.returnedOn() : null,
                intake.needs().stream().map(ReturneeNeed::code).toList(), intake.skills(),
                intake.psychosocialSupport().code(), steps, notes, intake.updatedAt());
    }

    private List<ReturneeIntake.PlanStep> plan(@Nullable List<ReturneeIntakeInput.Step> steps,
                                               List<FieldProblem> problems) {
        if (steps == null || steps.isEmpty()) {
            return List.of();
        }
        if (steps.size() > PLAN_LIMIT) {
            problems.add(new FieldProblem("plan", "too-many", PLAN_LIMIT));
            return List.of();
        }
        List<ReturneeIntake.PlanStep> plan = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String at = "plan[" + i + "]";
            var step = steps.get(i);
            if (step == null) {
                problems.add(new FieldProblem(at, "required"));
                continue;
            }
            ServiceOffered service = CaseFiles.code(problems, at + ".service", step.service(), ServiceOffered::fromCode);
            PlanStepStatus status = step.status() == null ? PlanStepStatus.PLANNED
                    : CaseFiles.code(problems, at + ".status", step.status(), PlanStepStatus::fromCode);
            UUID point = null;
            if (step.point() != null && !step.point().isBlank()) {
                point = uuid(step.point());
                if (point == null || !points.existsById(point)) {
                    problems.add(new FieldProblem(at + ".point", "services-unknown-point"));
                }
            }
            if (service != null && status != null) {
                plan.add(new ReturneeIntake.PlanStep(service, point, step.due(), status));
            }
        }
        return plan;
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
