package org.pacto.platform;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Soft deletion with a reason: the record stays, with who removed it, when and why, for the
 * secretariat to see (columns {@code deleted_at}, {@code deleted_by}, {@code deletion_reason}).
 */
@Embeddable
public class Deletion {

    private @Nullable Instant deletedAt;
    private @Nullable String deletedBy;
    private @Nullable String deletionReason;

    public void delete(String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A deletion needs a reason");
        }
        this.deletedAt = Instant.now();
        this.deletedBy = by;
        this.deletionReason = reason.strip();
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public @Nullable String reason() {
        return deletionReason;
    }

    public @Nullable String by() {
        return deletedBy;
    }

    public @Nullable Instant at() {
        return deletedAt;
    }
}
