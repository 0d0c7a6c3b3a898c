package org.pacto.services.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A referral as its two organisations see it: never the person's name, which lives only on the case. */
public record ReferralView(
        @Schema(description = "Id") UUID id,
        @Schema(description = "The case's id") UUID caseId,
        @Schema(description = "The case's pseudonymous code") String caseCode,
        @Schema(description = "Sending organisation") UUID from,
        @Schema(description = "Receiving organisation") UUID to,
        @Schema(description = "Reason (sealed at rest)") String reason,
        @Schema(description = "routine, priority or emergency") String urgency,
        @Schema(description = "Whether the person consented") boolean consent,
        @Schema(description = "Whether a supervisor overrode a missing consent") boolean overridden,
        @Schema(description = "The override's documented reason") @Nullable String overrideReason,
        @Schema(description = "sent, accepted, rejected, done or revoked") String status,
        @Schema(description = "Sent at") Instant sentAt,
        @Schema(description = "Accepted at") @Nullable Instant acceptedAt,
        @Schema(description = "Still unanswered after the days its urgency allows") boolean overdue) {
}
