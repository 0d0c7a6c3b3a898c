package org.pacto.mobility.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A proposed pair of mentor and mentee; made only when both have accepted (issue 14). */
@Entity
@Table(name = "mentoring_match", schema = "mobility")
public class MentoringMatch {

    @Id
    private UUID id;
    private UUID mentorId;
    private UUID menteeId;
    private boolean mentorAccepted;
    private boolean menteeAccepted;
    private @Nullable Instant madeAt;
    @Version
    private long version;

    protected MentoringMatch() {
        this.id = UUID.randomUUID();
        this.mentorId = new UUID(0, 0);
        this.menteeId = new UUID(0, 0);
    }

    MentoringMatch(UUID mentorId, UUID menteeId) {
        this.id = UUID.randomUUID();
        this.mentorId = mentorId;
        this.menteeId = menteeId;
    }

    /** One side accepts; when both have, the match is made (once: accepting again changes nothing). */
    void accept(boolean asMentor, Instant now) {
        if (asMentor) {
            mentorAccepted = true;
        } else {
            menteeAccepted = true;
        }
        if (mentorAccepted && menteeAccepted && madeAt == null) {
            madeAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID mentorId() {
        return mentorId;
    }

    public UUID menteeId() {
        return menteeId;
    }

    public boolean mentorAccepted() {
        return mentorAccepted;
    }

    public boolean menteeAccepted() {
        return menteeAccepted;
    }

    public boolean made() {
        return madeAt != null;
    }
}
