package org.pacto.dialogue.domain;

import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** Whom a recommendation is addressed to (issue 11). */
public enum Addressee implements Coded {
    GOVERNMENTS("governments"),
    LOCAL_GOVERNMENTS("local-governments"),
    UN("un"),
    CIVIL_SOCIETY("civil-society");

    private final String code;

    Addressee(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<Addressee> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Column extends CodedConverter<Addressee> {
        Column() {
            super(Addressee.class);
        }
    }
}
