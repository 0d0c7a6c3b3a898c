package org.pacto.pledges.domain;

import java.util.Map;
import org.pacto.identity.OrganisationDeleted;
import org.pacto.identity.OrganisationUpdated;
import org.pacto.platform.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Pledges keep a copy of their organisations' public name and kind (the lead's and each co-signatory's) so lists
 * and facets need no call to identity; identity's events keep the copies current (issue 16: they went stale).
 */
@Component
class OrganisationCopies {

    /** Who the audit trail names for changes that follow another module's event. */
    static final String SYSTEM = "pacto";

    private final PledgeRepository repository;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    OrganisationCopies(PledgeRepository repository, ApplicationEventPublisher events, AuditTrail audit) {
        this.repository = repository;
        this.events = events;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(OrganisationUpdated updated) {
        for (Pledge pledge : repository.naming(updated.organisation().value())) {
            pledge.organisationRenamed(updated.organisation().value(), updated.name(), updated.kind());
            events.publishEvent(new PledgeChanged(pledge.id()));
        }
    }

    /**
     * A removed organisation's unpublished pledges (drafts, submitted) are removed with it: nobody can finish them.
     * What it published stays, as the public record of what was promised and reported.
     */
    @ApplicationModuleListener
    void on(OrganisationDeleted deleted) {
        for (Pledge pledge : repository.naming(deleted.organisation().value())) {
            if (pledge.organisationId().equals(deleted.organisation().value()) && !pledge.status().isPublic()
                    && !pledge.deleted()) {
                pledge.delete(SYSTEM, "organisation removed");
                audit.changed("pledge", pledge.id().toString(), "deleted", Map.of("reason", "organisation removed"));
                events.publishEvent(new PledgeChanged(pledge.id()));
            }
        }
    }
}
