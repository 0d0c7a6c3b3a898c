package org.pacto.services.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An application for a registration card ({@code POST /api/v1/cards}): the holder and the kinds of proof checked. */
public record CardInput(
        @Schema(description = "Holder's name (sealed)", example = "Nombre Sintético") @Nullable String name,
        @Schema(description = "Date of birth (sealed)", example = "1990-05-17") @Nullable LocalDate birthDate,
        @Schema(description = "Address in the municipality (sealed)", example = "Calle Falsa 123, Quilmes")
        @Nullable String address,
        @Schema(description = "Kinds of proof checked at the desk; never copies of documents")
        @Nullable List<Proof> proofs,
        @Schema(description = "Optional photo, base64 JPEG or PNG (sealed; never returned by the API)")
        @Nullable String photo) {

    /** One kind of proof the desk checked. */
    public record Proof(@Schema(description = "passport, national-identity-document, consular-identity-card, "
            + "birth-certificate, other-municipality-card, lease, utility-bill or shelter-letter", example = "passport")
                        @Nullable String kind) {
    }
}
