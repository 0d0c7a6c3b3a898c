package org.pacto.reviews.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** Whether an initiative is planned, in force or ended, as its government declares it. */
public enum InitiativeStatus implements Coded {
    PLANNED("planned"),
    IN_FORCE("in-force"),
    ENDED("ended");

    private final String code;

    InitiativeStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<InitiativeStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(InitiativeStatus::code).toList();
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedConverter<InitiativeStatus> {
        public Column() {
            super(InitiativeStatus.class);
        }
    }
}
