package org.pacto.financing.calculation;

import java.util.Arrays;
import java.util.Optional;

/**
 * How votes cast decide: {@code simple} (more yes than no; abstentions count for presence only) or
 * {@code consensus} (no member objects and at least one agrees, as the UN Migration MPTF's steering committee
 * practises).
 */
public enum Majority {
    SIMPLE("simple"), CONSENSUS("consensus");

    private final String code;

    Majority(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Majority> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
