package org.pacto.financing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, UUID> {

    List<Member> findByFundId(UUID fundId);

    Optional<Member> findByFundIdAndOrganisationId(UUID fundId, UUID organisationId);

    List<Member> findByOrganisationId(UUID organisationId);

    long countByFundId(UUID fundId);
}
