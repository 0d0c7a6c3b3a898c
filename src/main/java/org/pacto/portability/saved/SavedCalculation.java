package org.pacto.portability.saved;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.Deletion;

/** A calculation its owner saved: the request as sent and the result as answered, both as JSON. */
@Entity
@Table(schema = "portability", name = "saved_calculation")
class SavedCalculation {

    @Id
    private UUID id;
    private UUID personId;
    private String name;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String input;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String result;
    private Instant savedAt;
    /** Soft deletion the one way (platform.Deletion); Hibernate leaves it null while no column is set. */
    @Embedded
    private @Nullable Deletion deletion;
    @Version
    private long version;

    protected SavedCalculation() {
        this.id = UUID.randomUUID();
        this.personId = id;
        this.name = "";
        this.input = "{}";
        this.result = "{}";
        this.savedAt = Instant.EPOCH;
    }

    SavedCalculation(UUID personId, String name, String input, String result, Instant savedAt) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.name = name;
        this.input = input;
        this.result = result;
        this.savedAt = savedAt;
    }

    UUID id() {
        return id;
    }

    boolean ownedBy(UUID person) {
        return personId.equals(person) && !deleted();
    }

    boolean deleted() {
        return deletion != null && deletion.deleted();
    }

    /** Soft deletion: the row stays with who deleted it, when and why. */
    void delete(String by, String reason) {
        if (deletion == null) {
            deletion = new Deletion();
        }
        deletion.delete(by, reason);
    }

    String name() {
        return name;
    }

    String input() {
        return input;
    }

    String result() {
        return result;
    }

    Instant savedAt() {
        return savedAt;
    }
}
