package org.pacto.reviews.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** What kind of instrument an initiative is. */
public enum InitiativeType implements Coded {
    LAW("law"),
    REGULATION("regulation"),
    PLAN("plan"),
    PROGRAMME("programme"),
    SERVICE("service"),
    AGREEMENT("agreement");

    private final String code;

    InitiativeType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<InitiativeType> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(InitiativeType::code).toList();
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedConverter<InitiativeType> {
        public Column() {
            super(InitiativeType.class);
        }
    }
}
