package org.pacto.practices.domain;

import java.util.Map;
import org.pacto.identity.OrganisationUpdated;
import org.pacto.platform.AuditTrail;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Practices keep a copy of their organisation's public name (shown on every page and card, and searched): when
 * identity says the organisation changed, the copies follow, and each changed practice goes to the search index
 * through its index work like any other change (issue 16, "events between modules"). Practices keep no copy of the
 * organisation's kind. An organisation's removal ({@code OrganisationDeleted}) changes nothing here: its published
 * practices were peer-reviewed and stay public, its drafts were never shown.
 */
@Component
class OrganisationCopies {

    private final PracticeRepository practices;
    private final AuditTrail audit;

    OrganisationCopies(PracticeRepository practices, AuditTrail audit) {
        this.practices = practices;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(OrganisationUpdated event) {
        for (Practice practice : practices.findByOrganisation(event.organisation().value())) {
            String before = practice.organisationName();
            if (practice.organisationRenamed(event.name())) {
                audit.changed(PracticeBook.RECORD, practice.id().toString(), "organisation-renamed",
                        Map.of("organisationName", Map.of("from", before, "to", event.name())));
            }
        }
    }
}
