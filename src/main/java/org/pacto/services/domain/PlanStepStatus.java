package org.pacto.services.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** A step of a returnee's referral plan: planned, done, or cancelled (with the plan kept as it was). */
public enum PlanStepStatus implements Coded {
    PLANNED("planned"),
    DONE("done"),
    CANCELLED("cancelled");

    private final String code;

    PlanStepStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<PlanStepStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The column holds the code; the entity holds the enum. */
    @Converter(autoApply = true)
    public static class Column extends CodedConverter<PlanStepStatus> {
        public Column() {
            super(PlanStepStatus.class);
        }
    }
}
