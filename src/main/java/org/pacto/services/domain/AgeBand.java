package org.pacto.services.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** Age bands of a case: children are always banded apart, for the child lens (seed 004, objective 7). */
public enum AgeBand implements Coded {
    UNDER_5("0-4"),
    AGE_5_TO_11("5-11"),
    AGE_12_TO_17("12-17"),
    AGE_18_TO_24("18-24"),
    AGE_25_TO_59("25-59"),
    AGE_60_AND_OVER("60+");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The child lens (seed 004, objective 7): anyone under 18. */
    public boolean child() {
        return this == UNDER_5 || this == AGE_5_TO_11 || this == AGE_12_TO_17;
    }

    public static Optional<AgeBand> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The column holds the code; the entity holds the enum. */
    @Converter(autoApply = true)
    public static class Column extends CodedConverter<AgeBand> {
        public Column() {
            super(AgeBand.class);
        }
    }
}
