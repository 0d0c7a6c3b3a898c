package org.pacto.pledges.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A dated progress report: a narrative and a value per target. */
@Entity
@Table(schema = "pledges", name = "report")
public class Report {

    @Id
    private UUID id;
    private LocalDate reportedOn;
    private String narrative;
    private UUID organisationId;
    private Instant createdAt;
    private @Nullable Instant correctedAt;
    private @Nullable String correctedBy;
    private @Nullable String correctionReason;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "pledges", name = "report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "target_id")
    @Column(name = "value")
    private Map<UUID, BigDecimal> values = new HashMap<>();

    protected Report() {
        this.id = UUID.randomUUID();
        this.reportedOn = LocalDate.now();
        this.narrative = "";
        this.organisationId = new UUID(0, 0);
        this.createdAt = Instant.now();
    }

    Report(LocalDate on, String narrative, UUID organisation, Map<UUID, BigDecimal> values) {
        this();
        this.reportedOn = on;
        this.narrative = narrative;
        this.organisationId = organisation;
        this.values.putAll(values);
    }

    void correct(Map<UUID, BigDecimal> corrected, @Nullable String narrative, String by, String reason) {
        this.values.putAll(corrected);
        if (narrative != null && !narrative.isBlank()) {
            this.narrative = narrative.strip();
        }
        this.correctedAt = Instant.now();
        this.correctedBy = by;
        this.correctionReason = reason;
    }

    public UUID id() { return id; }
    public LocalDate reportedOn() { return reportedOn; }
    public String narrative() { return narrative; }
    public UUID organisationId() { return organisationId; }
    public Instant createdAt() { return createdAt; }
    public @Nullable Instant correctedAt() { return correctedAt; }
    public @Nullable String correctionReason() { return correctionReason; }
    public Map<UUID, BigDecimal> values() { return Map.copyOf(values); }
}
