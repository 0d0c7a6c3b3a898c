package org.pacto.services.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A referral of a case to another organisation ({@code POST /api/v1/cases/{id}/referrals}). */
public record ReferralInput(
        @Schema(description = "Receiving organisation's id (an organisation that operates a service point)")
        @Nullable String to,
        @Schema(description = "Why the case is referred (sealed; seen by the two organisations only)")
        @Nullable String reason,
        @Schema(description = "routine, priority or emergency; default routine", example = "priority")
        @Nullable String urgency,
        @Schema(description = "Whether the person consented to this referral") @Nullable Boolean consent,
        @Schema(description = "A supervisor's documented override of a missing consent") @Nullable Override override) {

    /** Why the referral goes without consent (a supervisor only). */
    public record Override(@Schema(description = "The documented reason", example = "Niña no acompañada en riesgo")
                           @Nullable String reason) {
    }
}
