package org.pacto.mobility.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.mobility.calculation.ProcedureDuration;

/**
 * How a country recognises a degree, licenses a profession or certifies a skill (seed 001, line 2, action 1):
 * its competent institution, the ISCO-08 unit groups it applies to, its steps, the support available, its legal
 * basis with the link where it was read, and when it was last verified (and whether by a national focal point).
 */
@Entity
@Table(name = "procedure", schema = "mobility")
public class RecognitionProcedure {

    @Id
    private UUID id;
    private String country;
    private ProcedureKind kind;
    private String institution;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_occupation", schema = "mobility", joinColumns = @JoinColumn(name = "procedure_id"))
    @Column(name = "code")
    private List<String> occupations = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_step", schema = "mobility", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    private List<ProcedureStep> steps = new ArrayList<>();
    private String legalBasis;
    private String url;
    private String support;
    private @Nullable LocalDate lastVerified;
    private boolean verifiedByFocalPoint;
    private boolean synthetic;
    private @Nullable UUID organisationId;
    private Instant createdAt;
    @Version
    private long version;

    protected RecognitionProcedure() {
        this.id = UUID.randomUUID();
        this.country = "";
        this.kind = ProcedureKind.DEGREE_REVALIDATION;
        this.institution = "";
        this.legalBasis = "";
        this.url = "";
        this.support = "";
        this.createdAt = Instant.EPOCH;
    }

    /**
     * @param verifiedByFocalPoint true only when a focal point of a government body of that country sent it
     * @param synthetic true when its durations or costs are illustrative (demo content), shown as such
     */
    public RecognitionProcedure(ProcedureRules.Valid v, boolean verifiedByFocalPoint, boolean synthetic,
                                @Nullable UUID organisationId, Instant now) {
        this.id = UUID.randomUUID();
        this.country = v.country();
        this.kind = v.kind();
        this.institution = v.institution();
        this.occupations = new ArrayList<>(v.occupations());
        this.steps = new ArrayList<>(v.steps());
        this.legalBasis = v.legalBasis();
        this.url = v.url();
        this.support = v.support();
        this.lastVerified = v.lastVerified();
        this.verifiedByFocalPoint = verifiedByFocalPoint;
        this.synthetic = synthetic;
        this.organisationId = organisationId;
        this.createdAt = now;
    }

    public ProcedureDuration.Result duration() {
        return ProcedureDuration.of(steps.stream().map(ProcedureStep::timing).toList());
    }

    /** Stale when never verified, or not within the last 12 months. */
    public boolean stale(LocalDate today) {
        return lastVerified == null || ProcedureDuration.isStale(lastVerified, today);
    }

    public UUID id() {
        return id;
    }

    public String country() {
        return country;
    }

    public ProcedureKind kind() {
        return kind;
    }

    public String institution() {
        return institution;
    }

    public List<String> occupations() {
        return List.copyOf(occupations);
    }

    public List<ProcedureStep> steps() {
        return List.copyOf(steps);
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String url() {
        return url;
    }

    public String support() {
        return support;
    }

    public @Nullable LocalDate lastVerified() {
        return lastVerified;
    }

    public boolean verifiedByFocalPoint() {
        return verifiedByFocalPoint;
    }

    public boolean synthetic() {
        return synthetic;
    }
}
