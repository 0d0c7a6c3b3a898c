package org.pacto.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A person's id; in JSON a plain string, in answers and requests alike (CONVENTIONS, "Ids in JSON"). */
public record PersonId(UUID value) implements java.io.Serializable {

    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
