package org.pacto.services.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A returnee's intake (issue 13; seed 004 objective 21, seed 002's one-stop windows for returnees): what the
 * person needs on arrival, the skills they bring (ISCO-08 codes, the labour-mobility catalogue's), where
 * psychosocial support stands, and a referral plan of services with dates. It belongs to a pseudonymous case;
 * the only free text, the caseworker's notes, is sealed like the case's name.
 */
@Entity
@Table(schema = "services", name = "returnee_intake")
class ReturneeIntake {

    /** One step of the referral plan: a service, optionally at a known service point, by a date. */
    @Embeddable
    static class PlanStep {
        private ServiceOffered service;
        private @Nullable UUID pointId;
        private @Nullable LocalDate dueOn;
        private PlanStepStatus status;

        protected PlanStep() {
            this.service = ServiceOffered.INFORMATION;
            this.status = PlanStepStatus.PLANNED;
        }

        PlanStep(ServiceOffered service, @Nullable UUID pointId, @Nullable LocalDate dueOn, PlanStepStatus status) {
            this.service = service;
            this.pointId = pointId;
            this.dueOn = dueOn;
            this.status = status;
        }

        ServiceOffered service() {
            return service;
        }

        @Nullable UUID pointId() {
            return pointId;
        }

        @Nullable LocalDate dueOn() {
            return dueOn;
        }

        PlanStepStatus status() {
            return status;
        }
    }

    @Id
    private UUID id;
    private UUID caseId;
    private UUID organisationId;
    private @Nullable LocalDate returnedOn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] needs = {};
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] skills = {};
    private PsychosocialSupport psychosocialSupport;
    private byte @Nullable [] notes;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "services", name = "returnee_plan_step", joinColumns = @JoinColumn(name = "intake_id"))
    @OrderColumn(name = "position")
    private List<PlanStep> plan = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected ReturneeIntake() {
        this.id = UUID.randomUUID();
        this.caseId = id;
        this.organisationId = id;
        this.psychosocialSupport = PsychosocialSupport.NOT_ASSESSED;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    ReturneeIntake(UUID id, UUID caseId, UUID organisation, Instant now) {
        this.id = id;
        this.caseId = caseId;
        this.organisationId = organisation;
        this.psychosocialSupport = PsychosocialSupport.NOT_ASSESSED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    String notesContext() {
        return "returnee_intake.notes:" + id;
    }

    /** The whole intake as the caseworker records it again (an intake is revised, not appended to). */
    void record(@Nullable LocalDate returnedOn, List<ReturneeNeed> needs, List<String> skills,
                PsychosocialSupport support, List<PlanStep> plan, byte @Nullable [] notes, Instant now) {
        this.returnedOn = returnedOn;
        this.needs = needs.stream().distinct().map(ReturneeNeed::code).toArray(String[]::new);
        this.skills = skills.stream().distinct().toArray(String[]::new);
        this.psychosocialSupport = support;
        this.plan.clear();
        this.plan.addAll(plan);
        this.notes = notes;
        this.updatedAt = now;
    }

    /** Erasure or retention: the notes go; the checklist, skills and plan are not identifying on their own. */
    void erase(Instant now) {
        this.notes = null;
        this.returnedOn = null;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    @Nullable LocalDate returnedOn() {
        return returnedOn;
    }

    List<ReturneeNeed> needs() {
        return java.util.Arrays.stream(needs).map(n -> ReturneeNeed.fromCode(n).orElseThrow()).toList();
    }

    List<String> skills() {
        return List.of(skills);
    }

    PsychosocialSupport psychosocialSupport() {
        return psychosocialSupport;
    }

    byte @Nullable [] notes() {
        return notes;
    }

    List<PlanStep> plan() {
        return List.copyOf(plan);
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
