package org.pacto.financing.calculation;

import java.util.Arrays;
import java.util.Optional;

/** A member's vote on a proposal (seed 002: every member has the same voting power). */
public enum Ballot {
    YES("yes"), NO("no"), ABSTAIN("abstain");

    private final String code;

    Ballot(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Ballot> fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
