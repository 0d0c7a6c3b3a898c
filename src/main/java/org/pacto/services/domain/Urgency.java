package org.pacto.services.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** How soon a referral must be taken up; its deadline counts from the day it is sent. */
public enum Urgency implements Coded {
    ROUTINE("routine"),
    PRIORITY("priority"),
    EMERGENCY("emergency");

    private final String code;

    Urgency(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Days the receiving organisation has to accept or reject before the referral counts as overdue. */
    public int daysToAnswer() {
        return switch (this) {
            case EMERGENCY -> 1;
            case PRIORITY -> 3;
            case ROUTINE -> 10;
        };
    }

    public static Optional<Urgency> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The column holds the code; the entity holds the enum. */
    @Converter(autoApply = true)
    public static class Column extends CodedConverter<Urgency> {
        public Column() {
            super(Urgency.class);
        }
    }
}
