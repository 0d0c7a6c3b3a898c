package org.pacto.dialogue.domain;

import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** How a dialogue is held (seed 003: the Conversatorio was hybrid). */
public enum Modality implements Coded {
    IN_PERSON("in-person"),
    ONLINE("online"),
    HYBRID("hybrid");

    private final String code;

    Modality(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<Modality> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Column extends CodedConverter<Modality> {
        Column() {
            super(Modality.class);
        }
    }
}
