package org.pacto.mobility.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MentoringMatchRepository extends JpaRepository<MentoringMatch, UUID> {

    Optional<MentoringMatch> findByMentorIdAndMenteeId(UUID mentorId, UUID menteeId);
}
