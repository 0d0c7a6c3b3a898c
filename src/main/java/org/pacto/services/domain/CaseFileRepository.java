package org.pacto.services.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseFileRepository extends JpaRepository<CaseFile, UUID> {

    boolean existsByCode(String code);

    @Query("select c from CaseFile c where c.organisationId = ?1 order by c.openedAt desc")
    List<CaseFile> ofOrganisation(UUID organisation);

    /** Closed cases not yet anonymised, closed before the cut-off (retention). */
    @Query("select c from CaseFile c where c.closedAt is not null and c.erasedAt is null and c.closedAt < ?1")
    List<CaseFile> closedBefore(Instant cutoff);
}
