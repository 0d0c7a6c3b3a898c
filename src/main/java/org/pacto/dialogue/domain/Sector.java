package org.pacto.dialogue.domain;

import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** A speaker's or participant's sector (issue 11; seed 003 names civil society, national and local governments, academia and the UN among its panellists and participants). */
public enum Sector implements Coded {
    CIVIL_SOCIETY("civil-society"),
    NATIONAL_GOVERNMENT("national-government"),
    LOCAL_GOVERNMENT("local-government"),
    ACADEMIA("academia"),
    UN("un"),
    PRIVATE_SECTOR("private-sector"),
    OTHER("other");

    private final String code;

    Sector(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<Sector> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Column extends CodedConverter<Sector> {
        Column() {
            super(Sector.class);
        }
    }
}
