package org.pacto.reviews.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pacto.identity.Actor;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationUpdated;
import org.pacto.identity.PersonId;
import org.pacto.identity.Role;
import org.pacto.reviews.InventoryPublished;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviews module started with only the modules it depends on (platform, taxonomy, identity): publishing an
 * inventory announces it, and identity's events keep the organisation's name current.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext
@Tag("db")
class ReviewsModuleTest {

    static final Actor OBSERVER = new Actor(new PersonId(UUID.randomUUID()), "observer@pacto.test", "Observadora",
            new OrganisationId(UUID.randomUUID()), Set.of(Role.SECRETARIAT));

    @Autowired
    Reviews reviews;
    @Autowired
    InventoryRepository inventories;
    @Autowired
    TransactionTemplate transaction;

    UUID validated(UUID organisation) {
        UUID cycle = reviews.openCycle(OBSERVER, new Reviews.CycleInput("Ciclo del módulo", "regional", "2026-06-30",
                "2026-01-01", "2026-12-31"), false);
        return transaction.execute(status -> {
            var inventory = new Inventory(cycle, organisation, "Municipio", "AR", "local", "Quilmes", false,
                    Instant.now());
            inventory.add(InventoryTest.details("Consulados móviles"), Instant.now());
            inventory.submit(Instant.now());
            inventory.validate(Instant.now());
            return inventories.save(inventory).id();
        });
    }

    @Test
    void publishingAnnouncesTheInventory(Scenario scenario) {
        UUID organisation = UUID.randomUUID();
        UUID id = validated(organisation);
        scenario.stimulate(() -> reviews.publish(OBSERVER, id))
                .andWaitForEventOfType(InventoryPublished.class)
                .matching(e -> e.inventory().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.organisation()).isEqualTo(organisation);
                    assertThat(e.organisationName()).isEqualTo("Municipio");
                });
    }

    @Test
    void anOrganisationsNewNameReachesItsInventories(Scenario scenario) {
        UUID organisation = UUID.randomUUID();
        UUID id = validated(organisation);
        scenario.publish(new OrganisationUpdated(new OrganisationId(organisation), "Municipio de Quilmes",
                        "local-authority", "AR"))
                .andWaitForStateChange(() -> transaction.execute(s -> inventories.findById(id).orElseThrow()
                        .organisationName()), "Municipio de Quilmes"::equals)
                .andVerify(name -> assertThat(name).isEqualTo("Municipio de Quilmes"));
    }
}
