package org.pacto.services.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case as one member of staff may read it: the owning organisation sees everything; a receiving organisation
 * sees the person's name (to receive them) and contact only when the person consented, and only its own referrals.
 */
public record CaseView(
        @Schema(description = "Id") UUID id,
        @Schema(description = "Pseudonymous code", example = "QC-7K2M9P") String code,
        @Schema(description = "Whether the reader's organisation owns the case") boolean owner,
        @Schema(description = "Name (absent after erasure)") @Nullable String name,
        @Schema(description = "Contact (absent when not shared or erased)") @Nullable String contact,
        @Schema(description = "Sex code") String sex,
        @Schema(description = "Age band code") String ageBand,
        @Schema(description = "Languages (ISO 639)") List<String> languages,
        @Schema(description = "Needs (codes)") List<String> needs,
        @Schema(description = "Child lens: a child, alone or separated, is involved") boolean childLens,
        @Schema(description = "Gender lens: violence, trafficking or pregnancy is involved") boolean genderLens,
        @Schema(description = "Opened at") Instant openedAt,
        @Schema(description = "Erased at (personal data removed on request)") @Nullable Instant erasedAt,
        @Schema(description = "True for invented demonstration data") boolean synthetic,
        @Schema(description = "Referrals the reader may see") List<ReferralView> referrals) {
}
