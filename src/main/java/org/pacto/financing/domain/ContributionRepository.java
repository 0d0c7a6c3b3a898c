package org.pacto.financing.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionRepository extends JpaRepository<Contribution, UUID> {

    boolean existsByMemberIdAndPeriod(UUID memberId, String period);
}
