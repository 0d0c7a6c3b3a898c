package org.pacto.services.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A new case as a caseworker opens it ({@code POST /api/v1/cases}). */
public record CaseInput(
        @Schema(description = "The person's name (stored sealed, never returned to other organisations' staff "
                + "unless a referral needs it)", example = "Nombre Sintético") @Nullable String name,
        @Schema(description = "A way to reach the person (sealed)", example = "+54 11 0000-0000") @Nullable String contact,
        @Schema(description = "female, male, intersex or not-stated", example = "female") @Nullable String sex,
        @Schema(description = "0-4, 5-11, 12-17, 18-24, 25-59 or 60+", example = "12-17") @Nullable String ageBand,
        @Schema(description = "Languages the person speaks (ISO 639)", example = "[\"es\"]") @Nullable List<String> languages,
        @Schema(description = "Needs from the screening form (codes)", example = "[\"unaccompanied-child\"]")
        @Nullable List<String> needs) {
}
