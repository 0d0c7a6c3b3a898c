package org.pacto.services.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

    @Query("select r from Referral r where r.caseId = ?1 order by r.sentAt")
    List<Referral> ofCase(UUID caseId);

    @Query("select r from Referral r where r.toOrganisation = ?1 order by r.sentAt desc")
    List<Referral> to(UUID organisation);

    @Query("select r from Referral r where r.fromOrganisation = ?1 order by r.sentAt desc")
    List<Referral> from(UUID organisation);
}
