package org.pacto.identity;

/**
 * Published after an organisation is removed (soft deletion): its people can no longer sign in or act, its records
 * stay readable to the secretariat, and modules withdraw what they show publicly in its name as they decide.
 */
public record OrganisationDeleted(OrganisationId organisation) {
}
