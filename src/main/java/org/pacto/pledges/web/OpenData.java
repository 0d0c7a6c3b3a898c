package org.pacto.pledges.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.Language;
import org.pacto.pledges.domain.PledgeFilter;
import org.pacto.pledges.domain.PledgeSearch;
import org.pacto.taxonomy.Country;
import org.pacto.taxonomy.Framework;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Open data: every public pledge as CSV or JSON, and the map as GeoJSON. */
@RestController("pledgeOpenData")
class OpenData {

    static final int LIMIT = 100_000;
    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final PledgeSearch search;
    private final Framework framework;
    private final Map<String, List<Double>> centroids;

    OpenData(PledgeSearch search, Framework framework, JsonMapper json) throws IOException {
        this.search = search;
        this.framework = framework;
        try (InputStream in = OpenData.class.getClassLoader().getResourceAsStream("static/geo/centroids.json")) {
            this.centroids = in == null ? Map.of() : json.readValue(in, new TypeReference<Map<String, List<Double>>>() { });
        }
    }

    @Operation(summary = "Pledges as CSV (open data)",
            description = "Public pledges matching the filters as CSV, one row per target. Public; no contacts.")
    @GetMapping("/api/v1/pledges.csv")
    ResponseEntity<String> csvFile(@ParameterObject @ModelAttribute PledgeFilter filter) {
        return csv(filter, language());
    }

    @Operation(summary = "Pledges as JSON (open data)",
            description = "Public pledges matching the filters as one JSON array. Public; no contacts.")
    @GetMapping("/api/v1/pledges.json")
    ResponseEntity<List<PledgeSearch.Item>> jsonFile(@ParameterObject @ModelAttribute PledgeFilter filter) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=pledges.json")
                .contentType(MediaType.APPLICATION_JSON).body(search.all(filter, language(), LIMIT));
    }

    @Operation(summary = "Pledges as GeoJSON (open data)",
            description = "All public pledges as a GeoJSON FeatureCollection. Public; no contacts.")
    @GetMapping("/api/v1/pledges.geojson")
    ResponseEntity<Map<String, Object>> geoJsonFile() {
        return ResponseEntity.ok().contentType(GEO_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=pledges-map.geojson")
                .body(geoJson(PledgeFilter.NONE, language()));
    }

    ResponseEntity<String> csv(PledgeFilter filter, Language language) {
        var out = new StringBuilder("id,title,organisation,kind,type,status,fulfilment,deadline,last_report,"
                + "countries,region,global,objectives,principles,nature,year,overdue\r\n");
        for (var i : search.all(filter, language, LIMIT)) {
            out.append(String.join(",", List.of(i.id().toString(), cell(i.title()), cell(i.organisation()), i.kind(),
                    i.type(), i.status(), String.valueOf(i.fulfilment()), i.deadline().toString(),
                    i.lastReport() == null ? "" : i.lastReport().toString(), String.join(" ", i.countries()),
                    i.region() == null ? "" : i.region(), String.valueOf(i.global()),
                    i.objectives().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                    String.join(" ", i.principles()), String.join(" ", i.nature()), String.valueOf(i.year()),
                    String.valueOf(i.overdue())))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=pledges.csv").body(out.toString());
    }

    /** One feature per country of implementation, at its label point, with its counts. */
    Map<String, Object> geoJson(PledgeFilter filter, Language language) {
        Map<String, String> names = framework.countries(language).stream()
                .collect(Collectors.toMap(Country::code, Country::name, (a, b) -> a));
        List<Map<String, Object>> features = new ArrayList<>();
        for (var c : search.byCountry(filter)) {
            var properties = new LinkedHashMap<String, Object>();
            properties.put("code", c.country());
            properties.put("name", names.getOrDefault(c.country(), c.country()));
            properties.put("pledges", c.pledges());
            properties.put("inProgress", c.inProgress());
            properties.put("fulfilled", c.fulfilled());
            properties.put("meanFulfilment", c.meanFulfilment());
            var point = centroids.get(c.country());
            var feature = new LinkedHashMap<String, Object>();
            feature.put("type", "Feature");
            feature.put("id", c.country());
            feature.put("geometry", point == null ? null : Map.of("type", "Point", "coordinates", point));
            feature.put("properties", properties);
            features.add(feature);
        }
        var collection = new LinkedHashMap<String, Object>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        collection.put("withoutCountry", search.withoutCountry(filter));
        return collection;
    }

    /** The indicator totals with each indicator's label from the taxonomy's reference list. */
    List<PledgesApi.IndicatorAnswer> indicators(PledgeFilter filter, Language language) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (var scheme : org.pacto.pledges.domain.PledgeRules.INDICATOR_SCHEMES) {
            framework.terms(scheme, language).forEach(t -> labels.put(scheme.code() + ":" + t.code(), t.label()));
        }
        return search.indicators(filter).stream().map(i -> new PledgesApi.IndicatorAnswer(i.indicator(),
                labels.getOrDefault(i.indicator(), i.indicator()), i.pledges(), i.targets(), i.meanProgress()))
                .toList();
    }

    private static String cell(String value) {
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
