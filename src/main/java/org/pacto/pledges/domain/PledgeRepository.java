package org.pacto.pledges.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PledgeRepository extends JpaRepository<Pledge, UUID> {

    java.util.Optional<Pledge> findFirstByTitle(String title);

    @org.springframework.data.jpa.repository.Query("select p from Pledge p where p.matches = :pledge")
    List<Pledge> matching(UUID pledge);

    List<Pledge> findByStatusIn(List<String> statuses);
}
