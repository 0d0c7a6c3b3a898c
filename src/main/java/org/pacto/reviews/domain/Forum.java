package org.pacto.reviews.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** The forum a review cycle feeds (issue 9): the IMRF, a regional review, the GFMD, or a national or local one. */
public enum Forum implements Coded {
    IMRF("imrf"),
    REGIONAL("regional"),
    GFMD("gfmd"),
    NATIONAL("national"),
    LOCAL("local");

    private final String code;

    Forum(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<Forum> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Forum::code).toList();
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedConverter<Forum> {
        public Column() {
            super(Forum.class);
        }
    }
}
