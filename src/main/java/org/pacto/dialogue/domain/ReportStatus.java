package org.pacto.dialogue.domain;

import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** Where an event's report stands: none written, a draft the rapporteurs edit, or published. */
public enum ReportStatus implements Coded {
    NONE("none"),
    DRAFT("draft"),
    PUBLISHED("published");

    private final String code;

    ReportStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<ReportStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Column extends CodedConverter<ReportStatus> {
        Column() {
            super(ReportStatus.class);
        }
    }
}
