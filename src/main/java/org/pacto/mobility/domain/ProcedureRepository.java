package org.pacto.mobility.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProcedureRepository extends JpaRepository<RecognitionProcedure, UUID> {

    /** Procedures of a country (blank: all) that name an occupation (blank: any), in a stable order. */
    @Query(value = "select p.id from mobility.procedure p where (:country = '' or p.country = :country)"
            + " and (:occupation = '' or exists (select 1 from mobility.procedure_occupation o"
            + " where o.procedure_id = p.id and o.code = :occupation)) order by p.country, p.institution, p.id",
            nativeQuery = true)
    List<UUID> matching(String country, String occupation);

    boolean existsByInstitutionAndCountry(String institution, String country);
}
