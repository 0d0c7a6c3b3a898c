package org.pacto.mobility.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MentoringProfileRepository extends JpaRepository<MentoringProfile, UUID> {

    Optional<MentoringProfile> findByPersonIdAndRole(UUID personId, String role);

    List<MentoringProfile> findByRoleOrderByCreatedAtAscIdAsc(String role);

    long countBySyntheticTrue();
}
