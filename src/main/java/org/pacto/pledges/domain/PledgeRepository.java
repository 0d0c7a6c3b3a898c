package org.pacto.pledges.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PledgeRepository extends JpaRepository<Pledge, UUID> {

    /** A pledge by its title as written (the original version of the LocalizedText column). */
    @Query(value = "select * from pledges.pledge p where (p.title::jsonb -> 'versions' ->> p.language) = :title"
            + " limit 1", nativeQuery = true)
    Optional<Pledge> findFirstByTitle(String title);

    @Query("select p from Pledge p where p.matches = :pledge")
    List<Pledge> matching(UUID pledge);

    List<Pledge> findByStatusIn(List<PledgeStatus> statuses);

    /** Pledges that keep a copy of the organisation's name: as the lead or as a co-signatory. */
    @Query("select distinct p from Pledge p left join p.signatories s where p.organisationId = :organisation"
            + " or s.organisationId = :organisation")
    List<Pledge> naming(UUID organisation);
}
