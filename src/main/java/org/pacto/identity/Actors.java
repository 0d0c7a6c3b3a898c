package org.pacto.identity;

import java.util.List;
import java.util.Optional;

/** Who is acting, and the organisations and people other modules refer to by id. */
public interface Actors {

    Optional<Actor> current();

    Optional<OrganisationSummary> organisation(OrganisationId id);

    List<OrganisationSummary> organisations();

    /** People holding a role, for assignment (e.g. reviewers); never shown publicly. */
    List<Actor> withRole(Role role);

    Optional<Actor> byEmail(String email);
}
