package org.pacto.reviews.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CycleRepository extends JpaRepository<ReviewCycle, UUID> {
    @Query("select c from ReviewCycle c order by c.referenceDate desc, c.createdAt desc")
    List<ReviewCycle> newestFirst();
}

interface InventoryRepository extends JpaRepository<Inventory, UUID> {
    Optional<Inventory> findByCycleIdAndOrganisationId(UUID cycle, UUID organisation);

    @Query("select i from Inventory i join i.initiatives n where n.id = :initiative")
    Optional<Inventory> holding(UUID initiative);

    List<Inventory> findByCycleIdAndCountry(UUID cycle, String country);

    List<Inventory> findByStatus(InventoryStatus status);

    List<Inventory> findByOrganisationId(UUID organisation);

    List<Inventory> findByStatusIn(List<InventoryStatus> statuses);

    List<Inventory> findByCountryAndStatus(String country, InventoryStatus status);
}
