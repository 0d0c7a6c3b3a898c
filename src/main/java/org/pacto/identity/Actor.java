package org.pacto.identity;

import java.util.Set;

/** The signed-in person on whose behalf a request acts. */
public record Actor(PersonId person, String email, String name, OrganisationId organisation, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean actsFor(OrganisationId organisation) {
        return this.organisation.equals(organisation);
    }
}
