package org.pacto.financing.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GrantRepository extends JpaRepository<Grant, UUID> {

    boolean existsByProposalId(UUID proposalId);
}
