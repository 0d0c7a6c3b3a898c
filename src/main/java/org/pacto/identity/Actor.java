package org.pacto.identity;

import java.util.Set;

/** The signed-in person on whose behalf a request acts. */
public record Actor(PersonId person, String email, String name, OrganisationId organisation, Set<Role> roles)
        implements java.io.Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The secretariat and administrators act for the platform as a whole: the one check of that, everywhere. */
    public boolean isStaff() {
        return roles.contains(Role.SECRETARIAT) || roles.contains(Role.ADMIN);
    }

    /** The focal point acts for the organisation (submits, signs, closes, invites); members draft and report. */
    public boolean isFocalPointOf(OrganisationId organisation) {
        return actsFor(organisation) && roles.contains(Role.FOCAL_POINT);
    }

    public boolean actsFor(OrganisationId organisation) {
        return this.organisation.equals(organisation);
    }
}
