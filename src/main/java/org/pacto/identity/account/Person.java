package org.pacto.identity.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.PersonId;
import org.pacto.identity.Role;

@Entity
@Table(schema = "identity", name = "person")
public class Person {

    @Id
    private UUID id;
    private UUID organisationId;
    private String email;
    private String name;
    private @Nullable String passwordHash;
    private boolean emailVerified;
    private Instant createdAt;
    @jakarta.persistence.Embedded
    private org.pacto.platform.@Nullable Deletion deletion;
    /** Set when the person's organisation is removed: the record stays, the account no longer works. */
    private @Nullable Instant deactivatedAt;
    /** Raised to end every session signed in before (password reset, deactivation). */
    private int sessionVersion;
    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "identity", name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected Person() {
        this.id = UUID.randomUUID();
        this.organisationId = new UUID(0, 0);
        this.email = "";
        this.name = "";
        this.createdAt = Instant.now();
    }

    public Person(OrganisationId organisation, String email, String name, Set<Role> roles) {
        this();
        this.organisationId = organisation.value();
        this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        this.name = name.strip();
        roles.forEach(r -> this.roles.add(r.code()));
    }

    /** Setting the first password through a mailed link also proves the e-mail address. */
    public void setPassword(String hash, boolean proveEmail) {
        this.passwordHash = hash;
        if (proveEmail) {
            this.emailVerified = true;
        }
    }

    public void grant(Role role) {
        roles.add(role.code());
    }

    public void delete(String by, String reason) {
        deletion().delete(by, reason);
    }

    public PersonId id() {
        return new PersonId(id);
    }

    public OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public @Nullable String passwordHash() {
        return passwordHash;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public boolean active() {
        return !deletion().deleted() && deactivatedAt == null && passwordHash != null;
    }

    /** Ends the account's use (sign-in, tokens, sessions) without removing the person's record. */
    void deactivate(Instant at) {
        if (deactivatedAt == null) {
            deactivatedAt = at;
        }
        endSessions();
    }

    public boolean deactivated() {
        return deactivatedAt != null;
    }

    /** Every session signed in before this call is ended on its next request. */
    void endSessions() {
        sessionVersion++;
    }

    public int sessionVersion() {
        return sessionVersion;
    }

    public Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(code -> Role.fromCode(code).ifPresent(set::add));
        return set;
    }

    public Actor actor() {
        return new Actor(id(), email, name, organisation(), Set.copyOf(roles()));
    }

    /** Hibernate leaves an embeddable null when all its columns are null (not deleted). */
    private org.pacto.platform.Deletion deletion() {
        if (deletion == null) {
            deletion = new org.pacto.platform.Deletion();
        }
        return deletion;
    }
}
