package org.pacto.services.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** Sex as recorded on a case (a screening form's field; "not-stated" is always possible). */
public enum Sex implements Coded {
    FEMALE("female"),
    MALE("male"),
    INTERSEX("intersex"),
    NOT_STATED("not-stated");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<Sex> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The column holds the code; the entity holds the enum. */
    @Converter(autoApply = true)
    public static class Column extends CodedConverter<Sex> {
        public Column() {
            super(Sex.class);
        }
    }
}
