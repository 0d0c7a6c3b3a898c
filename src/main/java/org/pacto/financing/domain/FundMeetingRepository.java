package org.pacto.financing.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundMeetingRepository extends JpaRepository<FundMeeting, UUID> {
}
