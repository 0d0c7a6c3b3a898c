package org.pacto.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** An organisation's id; in JSON a plain string, in answers and requests alike (CONVENTIONS, "Ids in JSON"). */
public record OrganisationId(UUID value) implements java.io.Serializable {

    @JsonCreator
    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
