package org.pacto.dialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An organisation admitted to the mechanism by the secretariat (issue 11), in one stakeholder group of seed 003's
 * note 2 (taxonomy scheme {@code dialogue-mechanism-group}). Seed 003 counts diaspora organisations based outside
 * the region among the members ("organizaciones de diáspora con base en países fuera de la región").
 */
@Entity
@Table(schema = "dialogue", name = "member")
public class Member {

    @Id
    private UUID id;
    private UUID organisationId;
    private String organisationName;
    @Column(name = "grp")
    private String group;
    private @Nullable String country;
    private boolean diaspora;
    private Instant admittedAt;
    private String admittedBy;
    @Version
    private long version;

    protected Member() {
        this.id = UUID.randomUUID();
        this.organisationId = id;
        this.organisationName = "";
        this.group = "";
        this.admittedAt = Instant.EPOCH;
        this.admittedBy = "";
    }

    Member(UUID organisationId, String organisationName, String group, @Nullable String country, boolean diaspora,
           Instant admittedAt, String admittedBy) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.group = group;
        this.country = country;
        this.diaspora = diaspora;
        this.admittedAt = admittedAt;
        this.admittedBy = admittedBy;
    }

    void rename(String name, @Nullable String country) {
        this.organisationName = name;
        this.country = country;
    }

    public UUID id() { return id; }
    public UUID organisationId() { return organisationId; }
    public String organisationName() { return organisationName; }
    public String group() { return group; }
    public @Nullable String country() { return country; }
    public boolean diaspora() { return diaspora; }
    public Instant admittedAt() { return admittedAt; }
}
