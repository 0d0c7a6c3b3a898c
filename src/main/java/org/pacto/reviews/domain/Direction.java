package org.pacto.reviews.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** Which movement an initiative addresses (seed 002: "iniciativas políticas en materia de emigración e inmigración"). */
public enum Direction implements Coded {
    EMIGRATION("emigration"),
    IMMIGRATION("immigration"),
    TRANSIT("transit"),
    RETURN("return");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<Direction> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Direction::code).toList();
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedConverter<Direction> {
        public Column() {
            super(Direction.class);
        }
    }
}
