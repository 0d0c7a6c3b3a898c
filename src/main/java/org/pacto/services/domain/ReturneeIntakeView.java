package org.pacto.services.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A returnee's intake as one member of staff may read it: a receiving organisation sees the checklist, skills,
 * support and plan (what it needs to serve the person), never the caseworker's notes.
 */
public record ReturneeIntakeView(
        @Schema(description = "The case's id") UUID caseId,
        @Schema(description = "The case's pseudonymous code") String caseCode,
        @Schema(description = "Day of return (owning organisation only)") @Nullable LocalDate returnedOn,
        @Schema(description = "Needs on arrival (codes)") List<String> needs,
        @Schema(description = "Skills (ISCO-08 codes)") List<String> skills,
        @Schema(description = "Psychosocial support status") String psychosocialSupport,
        @Schema(description = "The referral plan") List<Step> plan,
        @Schema(description = "Notes (owning organisation only)") @Nullable String notes,
        @Schema(description = "Last recorded at") Instant updatedAt) {

    /** A step of the plan, with the service point's public name when one is named. */
    public record Step(
            @Schema(description = "Service code") String service,
            @Schema(description = "Service point's id") @Nullable UUID point,
            @Schema(description = "Service point's name (public)") @Nullable String pointName,
            @Schema(description = "By when") @Nullable LocalDate due,
            @Schema(description = "planned, done or cancelled") String status) {
    }
}
