package org.pacto.reviews.domain;

import org.pacto.identity.OrganisationUpdated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Inventories keep a copy of their organisation's public name so lists and profiles need no call to identity;
 * identity's events keep the copy current (as pledges do). The level and country an inventory was started with stay:
 * they describe the government at the time of that cycle.
 */
@Component
class OrganisationCopies {

    private final InventoryRepository inventories;

    OrganisationCopies(InventoryRepository inventories) {
        this.inventories = inventories;
    }

    @ApplicationModuleListener
    void on(OrganisationUpdated updated) {
        inventories.findByOrganisationId(updated.organisation().value())
                .forEach(i -> i.renameOrganisation(updated.name()));
    }
}
