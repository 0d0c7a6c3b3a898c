package org.pacto.taxonomy;

import org.jspecify.annotations.Nullable;

/** A country or area of the UN M49 standard, named in one language. */
public record Country(String code, String alpha3, String m49, String name, @Nullable String region,
                      @Nullable String subregion, @Nullable String intermediateRegion, @Nullable String currency,
                      boolean ldc, boolean lldc, boolean sids) {

    /** The most specific M49 region the country belongs to (e.g. 005 South America). */
    public @Nullable String smallestRegion() {
        return intermediateRegion != null ? intermediateRegion : subregion != null ? subregion : region;
    }
}
