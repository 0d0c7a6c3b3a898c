package org.pacto.mobility;

import java.util.UUID;

/** The id of a recognition procedure, written in JSON as a plain string. */
public record ProcedureId(UUID value) {

    public static ProcedureId random() {
        return new ProcedureId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
