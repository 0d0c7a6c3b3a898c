package org.pacto.services.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** A registration card's status (issue 13): issued, then renewed, expired or revoked. */
public enum CardStatus implements Coded {
    ISSUED("issued"),
    RENEWED("renewed"),
    EXPIRED("expired"),
    REVOKED("revoked");

    private final String code;

    CardStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<CardStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The column holds the code; the entity holds the enum. */
    @Converter(autoApply = true)
    public static class Column extends CodedConverter<CardStatus> {
        public Column() {
            super(CardStatus.class);
        }
    }
}
