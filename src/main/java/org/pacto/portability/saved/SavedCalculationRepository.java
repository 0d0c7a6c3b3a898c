package org.pacto.portability.saved;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedCalculationRepository extends JpaRepository<SavedCalculation, UUID> {

    List<SavedCalculation> findByPersonIdAndDeletedAtIsNullOrderBySavedAtDesc(UUID personId);
}
