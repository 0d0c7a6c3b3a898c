package org.pacto.pledges.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the list, the dashboard, the map, the indicators and the open data; they combine (AND). Bound
 * from the query string as one object ({@code @ModelAttribute PledgeFilter}) by every controller, so a wrong value
 * ({@code objective=abc}) is one 400 with the field named, the same everywhere.
 */
public record PledgeFilter(
        @Parameter(description = "Words to search for in titles and descriptions.", example = "regularización")
        @Nullable String q,
        @Parameter(description = "GCM objective number (1–23).", example = "5") @Nullable Integer objective,
        @Parameter(description = "GCM guiding principle code.", example = "people-centred") @Nullable String principle,
        @Parameter(description = "Kind of pledging entity (reference list `entity-kind`).", example = "local-authority")
        @Nullable String kind,
        @Parameter(description = "Nature of the pledge: `financial`, `technical`, `process` or `policy`.",
                example = "policy") @Nullable String nature,
        @Parameter(description = "Status: `published`, `in-progress`, `fulfilled`, `overdue`, …", example = "published")
        @Nullable String status,
        @Parameter(description = "ISO 3166-1 alpha-2 country code.", example = "AR") @Nullable String country,
        @Parameter(description = "UN M49 region code, or a regional grouping's code.", example = "419")
        @Nullable String region,
        @Parameter(description = "Year the pledge was made.", example = "2026") @Nullable Integer year,
        @Parameter(description = "Indicator code named by a target (e.g. an SDG indicator).", example = "10.7.2")
        @Nullable String indicator) {

    public static final PledgeFilter NONE = new PledgeFilter(null, null, null, null, null, null, null, null, null,
            null);

    public PledgeFilter {
        q = blank(q);
        principle = blank(principle);
        kind = blank(kind);
        nature = blank(nature);
        status = blank(status);
        country = blank(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
        region = blank(region);
        indicator = blank(indicator) == null ? null : indicator.strip().toLowerCase(Locale.ROOT);
    }

    public PledgeFilter withObjective(@Nullable Integer number) {
        return new PledgeFilter(q, number, principle, kind, nature, status, country, region, year, indicator);
    }

    public PledgeFilter withYear(@Nullable Integer number) {
        return new PledgeFilter(q, objective, principle, kind, nature, status, country, region, number, indicator);
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filters as URL parameters (for links that keep them). */
    public Map<String, String> parameters() {
        var map = new LinkedHashMap<String, String>();
        put(map, "q", q);
        put(map, "objective", objective);
        put(map, "principle", principle);
        put(map, "kind", kind);
        put(map, "nature", nature);
        put(map, "status", status);
        put(map, "country", country);
        put(map, "region", region);
        put(map, "year", year);
        put(map, "indicator", indicator);
        return map;
    }

    public boolean any() {
        return !parameters().isEmpty();
    }

    public String query() {
        List<String> parts = new ArrayList<>();
        parameters().forEach((k, v) -> parts.add(k + "=" + java.net.URLEncoder.encode(v,
                java.nio.charset.StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    private static void put(Map<String, String> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }
}
