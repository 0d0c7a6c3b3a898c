package org.pacto.services.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReturneeIntakeRepository extends JpaRepository<ReturneeIntake, UUID> {

    Optional<ReturneeIntake> findByCaseId(UUID caseId);
}
