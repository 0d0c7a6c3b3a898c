package org.pacto.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A password-reset link: valid for one hour, usable once. */
@Entity
@Table(schema = "identity", name = "password_reset")
public class PasswordReset {

    static final Duration VALIDITY = Duration.ofHours(1);

    @Id
    @Column(columnDefinition = "bpchar")
    private String tokenHash;
    private UUID personId;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant usedAt;

    protected PasswordReset() {
        this.tokenHash = "";
        this.personId = new UUID(0, 0);
        this.createdAt = Instant.now();
        this.expiresAt = createdAt.plus(VALIDITY);
    }

    PasswordReset(String tokenHash, UUID personId) {
        this();
        this.tokenHash = tokenHash;
        this.personId = personId;
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    UUID personId() {
        return personId;
    }
}
