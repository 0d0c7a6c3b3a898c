package org.pacto.financing.domain;

import org.pacto.identity.OrganisationUpdated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A member state's public name follows its organisation's (identity publishes OrganisationUpdated). */
@Component
class MemberNames {

    private final Funds funds;

    MemberNames(Funds funds) {
        this.funds = funds;
    }

    @ApplicationModuleListener
    void on(OrganisationUpdated event) {
        funds.renamed(event.organisation().value(), event.name(), event.country());
    }
}
