package org.pacto.mobility.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<Enrolment, UUID> {

    Optional<Enrolment> findByCourseAndPersonId(String course, UUID personId);

    List<Enrolment> findByCourseOrderByEnrolledAtAscIdAsc(String course);

    long countByCourse(String course);
}
