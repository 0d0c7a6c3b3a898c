package org.pacto.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationSummary;

@Entity
@Table(schema = "identity", name = "organisation")
public class Organisation {

    @Id
    private UUID id;
    private String name;
    private String kind;
    @Column(columnDefinition = "bpchar")
    private @Nullable String country;
    private String level;
    private @Nullable String locality;
    private @Nullable String website;
    private boolean internal;
    private Instant createdAt;
    @jakarta.persistence.Embedded
    private org.pacto.platform.@Nullable Deletion deletion;
    @Version
    private int version;

    protected Organisation() {
        this.id = UUID.randomUUID();
        this.name = "";
        this.kind = "";
        this.level = "";
        this.createdAt = Instant.now();
    }

    public Organisation(OrganisationDetails details) {
        this();
        update(details);
    }

    public void update(OrganisationDetails details) {
        this.name = details.name().strip();
        this.kind = details.kind();
        this.country = details.country();
        this.level = details.level();
        this.locality = details.locality();
        this.website = details.website();
        this.internal = details.internal();
    }

    /** Soft deletion keeps the record, who removed it and why (visible to the secretariat). */
    public void delete(String by, String reason) {
        deletion().delete(by, reason);
    }

    public boolean deleted() {
        return deletion().deleted();
    }

    public OrganisationId id() {
        return new OrganisationId(id);
    }

    public String name() {
        return name;
    }

    public boolean internal() {
        return internal;
    }

    public OrganisationSummary summary() {
        return new OrganisationSummary(id(), name, kind, country, level, locality, website, internal);
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, kind, country, level, locality, website, internal);
    }

    public @Nullable String deletionReason() {
        return deletion().reason();
    }

    /** Hibernate leaves an embeddable null when all its columns are null (not deleted). */
    private org.pacto.platform.Deletion deletion() {
        if (deletion == null) {
            deletion = new org.pacto.platform.Deletion();
        }
        return deletion;
    }
}
