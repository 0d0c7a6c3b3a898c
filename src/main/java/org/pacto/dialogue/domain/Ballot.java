package org.pacto.dialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A member organisation's ballot in a consultation: one per organisation, cast by its focal point or a member; a
 * later ballot replaces the earlier one (issue 11). Who cast it is kept for the audit, never shown.
 */
@Entity
@Table(schema = "dialogue", name = "ballot")
public class Ballot {

    @Id
    private UUID id;
    private UUID consultationId;
    private UUID organisationId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] choices = {};
    private Instant castAt;
    private String castBy;
    @Version
    private long version;

    protected Ballot() {
        this.id = UUID.randomUUID();
        this.consultationId = id;
        this.organisationId = id;
        this.castAt = Instant.EPOCH;
        this.castBy = "";
    }

    Ballot(UUID consultationId, UUID organisationId, List<String> choices, Instant castAt, String castBy) {
        this.id = UUID.randomUUID();
        this.consultationId = consultationId;
        this.organisationId = organisationId;
        this.choices = choices.toArray(String[]::new);
        this.castAt = castAt;
        this.castBy = castBy;
    }

    void replace(List<String> choices, Instant castAt, String castBy) {
        this.choices = choices.toArray(String[]::new);
        this.castAt = castAt;
        this.castBy = castBy;
    }

    public UUID id() { return id; }
    public UUID organisationId() { return organisationId; }
    public List<String> choices() { return Arrays.asList(choices); }
    public Instant castAt() { return castAt; }
}
