package org.pacto.identity;

import org.jspecify.annotations.Nullable;

/**
 * Published after an organisation's public details change, so modules that keep a copy of its name or kind
 * (practices, pledges, the search index) update it. Carries only what is public about the organisation.
 */
public record OrganisationUpdated(OrganisationId organisation, String name, String kind, @Nullable String country) {
}
