package org.pacto.practices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.ConflictException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An update of a published practice proposed by its organisation: it waits for the secretariat and
 * is either approved (it becomes public version {@link #version()}) or rejected with a reason.
 */
@Entity
@Table(schema = "practices", name = "practice_update")
public class PracticeUpdate {

    public enum Status implements org.pacto.platform.Coded {
        PENDING, APPROVED, REJECTED;

        @Override
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The column holds the code; the entity holds the enum. */
        @jakarta.persistence.Converter(autoApply = true)
        static class Column extends org.pacto.platform.CodedConverter<Status> {
            Column() {
                super(Status.class);
            }
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    private UUID id;
    private UUID practiceId;
    private int version;
    private Status status;
    private String content;
    private @Nullable UUID proposedBy;
    private String proposedByEmail;
    private Instant proposedAt;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String decisionReason;
    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected PracticeUpdate() {
    }

    PracticeUpdate(UUID practiceId, int version, PracticeContent content, @Nullable UUID proposedBy,
                   String proposedByEmail) {
        this.id = UUID.randomUUID();
        this.practiceId = practiceId;
        this.version = version;
        this.status = Status.PENDING;
        this.content = JSON.writeValueAsString(content);
        this.proposedBy = proposedBy;
        this.proposedByEmail = proposedByEmail;
        this.proposedAt = Instant.now();
    }

    void approve(String by, @Nullable String reason) {
        decided(Status.APPROVED, by, reason);
    }

    void reject(String by, String reason) {
        decided(Status.REJECTED, by, reason);
    }

    private void decided(Status outcome, String by, @Nullable String reason) {
        if (status() != Status.PENDING) {
            throw new ConflictException("update-decided", "This update was already " + status.code());
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.decisionReason = reason;
    }

    public UUID id() {
        return id;
    }

    public UUID practiceId() {
        return practiceId;
    }

    public int version() {
        return version;
    }

    public Status status() {
        return status;
    }

    public PracticeContent content() {
        return JSON.readValue(content, PracticeContent.class);
    }

    public String proposedByEmail() {
        return proposedByEmail;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable String decisionReason() {
        return decisionReason;
    }
}
