package org.pacto.services.calculation;

import java.util.Arrays;
import java.util.Optional;

/**
 * A kind of proof a card desk may check. Only the kind is recorded, never a copy of the document, and no kind
 * reveals nationality or migratory status (issue 13, after New York's IDNYC points table).
 */
public enum ProofKind {
    PASSPORT("passport", Dimension.IDENTITY),
    NATIONAL_IDENTITY_DOCUMENT("national-identity-document", Dimension.IDENTITY),
    CONSULAR_IDENTITY_CARD("consular-identity-card", Dimension.IDENTITY),
    BIRTH_CERTIFICATE("birth-certificate", Dimension.IDENTITY),
    OTHER_MUNICIPALITY_CARD("other-municipality-card", Dimension.IDENTITY),
    LEASE("lease", Dimension.RESIDENCE),
    UTILITY_BILL("utility-bill", Dimension.RESIDENCE),
    SHELTER_LETTER("shelter-letter", Dimension.RESIDENCE);

    /** What a proof shows: who the person is, or that they live in the municipality. */
    public enum Dimension { IDENTITY, RESIDENCE }

    private final String code;
    private final Dimension dimension;

    ProofKind(String code, Dimension dimension) {
        this.code = code;
        this.dimension = dimension;
    }

    public String code() {
        return code;
    }

    public Dimension dimension() {
        return dimension;
    }

    public static Optional<ProofKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
