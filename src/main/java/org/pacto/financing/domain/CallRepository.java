package org.pacto.financing.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallRepository extends JpaRepository<Call, UUID> {
}
