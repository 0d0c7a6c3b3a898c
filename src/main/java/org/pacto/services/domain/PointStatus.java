package org.pacto.services.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** Whether a service point receives people: a closed one stays listed for those who look for it, marked closed. */
public enum PointStatus implements Coded {
    OPEN("open"),
    TEMPORARILY_CLOSED("temporarily-closed"),
    CLOSED("closed");

    private final String code;

    PointStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<PointStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The column holds the code; the entity holds the enum. */
    @Converter(autoApply = true)
    public static class Column extends CodedConverter<PointStatus> {
        public Column() {
            super(PointStatus.class);
        }
    }
}
