package org.pacto.dialogue.domain;

import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** A member organisation's part in a working table (seed 003, note 3 and section 1: delegates and co-ordination). */
public enum SeatRole implements Coded {
    DELEGATE("delegate"),
    COORDINATOR("coordinator");

    private final String code;

    SeatRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<SeatRole> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Column extends CodedConverter<SeatRole> {
        Column() {
            super(SeatRole.class);
        }
    }
}
