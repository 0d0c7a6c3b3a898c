package org.pacto.services.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/**
 * Where psychosocial support stands for a returnee (seed 004 objective 21: support that includes psychosocial
 * care): offered support may be declined, and the intake says so rather than leaving it unknown.
 */
public enum PsychosocialSupport implements Coded {
    NOT_ASSESSED("not-assessed"),
    NOT_NEEDED("not-needed"),
    OFFERED("offered"),
    ACCEPTED("accepted"),
    DECLINED("declined");

    private final String code;

    PsychosocialSupport(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<PsychosocialSupport> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The column holds the code; the entity holds the enum. */
    @Converter(autoApply = true)
    public static class Column extends CodedConverter<PsychosocialSupport> {
        public Column() {
            super(PsychosocialSupport.class);
        }
    }
}
