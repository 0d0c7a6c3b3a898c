package org.pacto.practices.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A practice as it stood at one step (submitted, resubmitted, published, updated…): its history. */
@Entity
@Table(schema = "practices", name = "practice_version")
public class PracticeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private UUID practiceId;
    private int number;
    private PracticeStatus status;
    private String snapshot;
    private @Nullable String note;
    private String createdBy;
    private @Nullable Integer published;
    private Instant createdAt;

    protected PracticeVersion() {
    }

    public PracticeVersion(UUID practiceId, int number, PracticeStatus status, String snapshot, @Nullable String note,
                           String createdBy, @Nullable Integer published) {
        this.practiceId = practiceId;
        this.number = number;
        this.status = status;
        this.snapshot = snapshot;
        this.note = note;
        this.createdBy = createdBy;
        this.published = published;
        this.createdAt = Instant.now();
    }

    public int number() {
        return number;
    }

    /** The status code the practice had ({@code in-review}). */
    public String status() {
        return status.code();
    }

    public String snapshot() {
        return snapshot;
    }

    public @Nullable String note() {
        return note;
    }

    /** The public version number, when this step published the practice (publication or approved update). */
    public @Nullable Integer published() {
        return published;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
