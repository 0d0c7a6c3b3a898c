package org.pacto.identity.account;

import org.jspecify.annotations.Nullable;

/** The editable fields of an organisation, validated by {@link OrganisationRegistry}. */
public record OrganisationDetails(String name, String kind, @Nullable String country, String level,
                                  @Nullable String locality, @Nullable String website, boolean internal) {
}
