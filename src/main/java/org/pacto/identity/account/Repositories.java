package org.pacto.identity.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {
    @Query("select o from Organisation o where o.deletion.deletedAt is null order by o.name")
    List<Organisation> findActive();

    @Query("select o from Organisation o where lower(o.name) = lower(?1) and o.deletion.deletedAt is null")
    Optional<Organisation> findActiveByName(String name);
}

interface PersonRepository extends JpaRepository<Person, UUID> {
    @Query("select p from Person p where lower(p.email) = lower(?1) and p.deletion.deletedAt is null")
    Optional<Person> findActiveByEmail(String email);

    @Query("select p from Person p join p.roles r where r = ?1 and p.deletion.deletedAt is null"
            + " and p.deactivatedAt is null order by p.name")
    List<Person> findActiveWithRole(String role);

    @Query("select count(p) > 0 from Person p join p.roles r where r = 'admin' and p.deletion.deletedAt is null")
    boolean anyAdmin();

    @Query("select p from Person p where p.organisationId = ?1 and p.deletion.deletedAt is null order by p.name")
    List<Person> findActiveInOrganisation(UUID organisation);

    @Query("select p from Person p where p.organisationId = ?1 order by p.name")
    List<Person> findAllInOrganisation(UUID organisation);
}

interface InvitationRepository extends JpaRepository<Invitation, UUID> {
    Optional<Invitation> findByTokenHash(String tokenHash);
}

interface PasswordResetRepository extends JpaRepository<PasswordReset, String> {
    long countByPersonIdAndCreatedAtAfter(UUID personId, Instant after);

    /** Uses up every outstanding link of a person (after a reset, only the link used counted). */
    @Modifying
    @Query("update PasswordReset r set r.usedAt = ?2 where r.personId = ?1 and r.usedAt is null")
    int useAll(UUID personId, Instant at);
}

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {
    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByPersonIdOrderByCreatedAtDesc(UUID personId);

    @Modifying
    @Query("update ApiToken t set t.revokedAt = ?2 where t.personId in ?1 and t.revokedAt is null")
    int revokeAll(Collection<UUID> people, Instant at);
}
