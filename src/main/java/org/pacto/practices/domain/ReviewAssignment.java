package org.pacto.practices.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A reviewer assigned to a practice, who declares no conflict of interest before reading it. */
@Entity
@Table(schema = "practices", name = "review_assignment")
public class ReviewAssignment {

    @Id
    private UUID id;
    private UUID practiceId;
    private UUID reviewerPersonId;
    private String reviewerEmail;
    private String reviewerName;
    private UUID reviewerOrganisationId;
    private boolean internal;
    private Instant assignedAt;
    private @Nullable Instant noConflictDeclaredAt;

    protected ReviewAssignment() {
        this.id = UUID.randomUUID();
        this.assignedAt = Instant.now();
    }

    public ReviewAssignment(UUID practiceId, UUID person, String email, String name, UUID organisation,
                            boolean internal) {
        this();
        this.practiceId = practiceId;
        this.reviewerPersonId = person;
        this.reviewerEmail = email;
        this.reviewerName = name;
        this.reviewerOrganisationId = organisation;
        this.internal = internal;
    }

    public void declareNoConflict() {
        if (noConflictDeclaredAt == null) {
            noConflictDeclaredAt = Instant.now();
        }
    }

    public boolean declared() {
        return noConflictDeclaredAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID practiceId() {
        return practiceId;
    }

    public UUID reviewer() {
        return reviewerPersonId;
    }

    public String email() {
        return reviewerEmail;
    }

    public String name() {
        return reviewerName;
    }

    public UUID organisation() {
        return reviewerOrganisationId;
    }

    public boolean internal() {
        return internal;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
