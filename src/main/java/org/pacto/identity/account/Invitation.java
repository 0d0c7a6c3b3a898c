package org.pacto.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.PersonId;
import org.pacto.identity.Role;

/** An invitation to join an organisation with a role; valid for 14 days, usable once. */
@Entity
@Table(schema = "identity", name = "invitation")
public class Invitation {

    static final Duration VALIDITY = Duration.ofDays(14);

    @Id
    private UUID id;
    private UUID organisationId;
    private String email;
    private String role;
    @Column(columnDefinition = "bpchar")
    private String tokenHash;
    private @Nullable UUID invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant acceptedAt;

    protected Invitation() {
        this.id = UUID.randomUUID();
        this.organisationId = new UUID(0, 0);
        this.email = "";
        this.role = "";
        this.tokenHash = "";
        this.createdAt = Instant.now();
        this.expiresAt = createdAt.plus(VALIDITY);
    }

    Invitation(OrganisationId organisation, String email, Role role, String tokenHash, @Nullable PersonId invitedBy) {
        this();
        this.organisationId = organisation.value();
        this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        this.role = role.code();
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy == null ? null : invitedBy.value();
    }

    boolean usable(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    void accept(Instant now) {
        if (!usable(now)) {
            throw new IllegalStateException("invitation not usable");
        }
        this.acceptedAt = now;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return Role.fromCode(role).orElse(Role.MEMBER);
    }

    public OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    public UUID id() {
        return id;
    }
}
