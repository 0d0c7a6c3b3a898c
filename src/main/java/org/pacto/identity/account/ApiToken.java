package org.pacto.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A bearer token for API clients; only its SHA-256 hash and first characters are stored. */
@Entity
@Table(schema = "identity", name = "api_token")
public class ApiToken {

    @Id
    private UUID id;
    private UUID personId;
    private String name;
    @Column(columnDefinition = "bpchar")
    private String tokenHash;
    private String prefix;
    private Instant createdAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;

    protected ApiToken() {
        this.id = UUID.randomUUID();
        this.personId = new UUID(0, 0);
        this.name = "";
        this.tokenHash = "";
        this.prefix = "";
        this.createdAt = Instant.now();
    }

    ApiToken(UUID personId, String name, String tokenHash, String prefix) {
        this();
        this.personId = personId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    void used(Instant at) {
        this.lastUsedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
