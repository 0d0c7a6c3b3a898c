package org.pacto.services.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServicePointRepository extends JpaRepository<ServicePoint, UUID> {

    boolean existsByOperatorIdAndNameIgnoreCase(UUID operatorId, String name);
}
