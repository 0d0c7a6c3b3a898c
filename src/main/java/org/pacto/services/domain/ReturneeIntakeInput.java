package org.pacto.services.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A returnee's intake as the caseworker records it ({@code PUT /api/v1/cases/{id}/returnee-intake}). */
public record ReturneeIntakeInput(
        @Schema(description = "Day of return (optional; erased with the case)", example = "2026-11-02")
        @Nullable LocalDate returnedOn,
        @Schema(description = "Needs on arrival (codes: documentation, housing, food, health, psychosocial, "
                + "employment, skills-recognition, education, family-reunification, legal-advice, protection, "
                + "transport)", example = "[\"documentation\", \"employment\"]") @Nullable List<String> needs,
        @Schema(description = "Skills as ISCO-08 unit groups of the labour-mobility catalogue (4 digits)",
                example = "[\"7112\"]") @Nullable List<String> skills,
        @Schema(description = "not-assessed, not-needed, offered, accepted or declined", example = "offered")
        @Nullable String psychosocialSupport,
        @Schema(description = "The referral plan, in order") @Nullable List<Step> plan,
        @Schema(description = "The caseworker's notes (sealed; seen only by the owning organisation)",
                example = "Prefiere atención por la tarde.") @Nullable String notes) {

    /** One step of the plan. */
    public record Step(
            @Schema(description = "Service code (as service points offer them)", example = "employment")
            @Nullable String service,
            @Schema(description = "A service point's id (optional)") @Nullable String point,
            @Schema(description = "By when (optional)", example = "2026-12-15") @Nullable LocalDate due,
            @Schema(description = "planned (default), done or cancelled", example = "planned") @Nullable String status) {
    }
}
