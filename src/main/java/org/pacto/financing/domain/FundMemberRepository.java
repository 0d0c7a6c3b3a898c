package org.pacto.financing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundMemberRepository extends JpaRepository<FundMember, UUID> {

    List<FundMember> findByFundId(UUID fundId);

    Optional<FundMember> findByFundIdAndOrganisationId(UUID fundId, UUID organisationId);

    List<FundMember> findByOrganisationId(UUID organisationId);

    long countByFundId(UUID fundId);
}
