package org.pacto.portability.saved;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedCalculationRepository extends JpaRepository<SavedCalculation, UUID> {

    @Query("select s from SavedCalculation s where s.personId = :personId and s.deletion.deletedAt is null"
            + " order by s.savedAt desc")
    List<SavedCalculation> kept(UUID personId);
}
