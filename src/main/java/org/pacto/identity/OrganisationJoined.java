package org.pacto.identity;

/** Published when an organisation is registered in Pacto. */
public record OrganisationJoined(OrganisationId organisation, String name, String country) {
}
