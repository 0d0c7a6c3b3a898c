package org.pacto.mobility.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A labour-demand model uploaded as XMILE: stored as Pacto writes it back after reading it. */
@Entity
@Table(name = "demand_model", schema = "mobility")
public class UploadedModel {

    @Id
    private UUID id;
    private String name;
    private String xmile;
    private @Nullable UUID organisationId;
    private Instant createdAt;

    protected UploadedModel() {
        this.id = UUID.randomUUID();
        this.name = "";
        this.xmile = "";
        this.createdAt = Instant.EPOCH;
    }

    public UploadedModel(String name, String xmile, @Nullable UUID organisationId, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.xmile = xmile;
        this.organisationId = organisationId;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String xmile() {
        return xmile;
    }
}
