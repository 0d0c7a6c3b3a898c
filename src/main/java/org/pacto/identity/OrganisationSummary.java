package org.pacto.identity;

import org.jspecify.annotations.Nullable;

/** What is public about an organisation. */
public record OrganisationSummary(OrganisationId id, String name, String kind, @Nullable String country,
                                  String level, @Nullable String locality, @Nullable String website,
                                  boolean internal) {
}
