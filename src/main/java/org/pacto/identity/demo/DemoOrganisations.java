package org.pacto.identity.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.account.OrganisationDetails;
import org.pacto.identity.account.OrganisationRegistry;
import org.pacto.identity.Actors;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The organisations the seeds name (demo/organisations.json), registered once. */
class DemoOrganisations {

    record Entry(String key, String name, String kind, @Nullable String country, String level,
                 @Nullable String locality, @Nullable String website, boolean internal) {
    }

    static Map<String, OrganisationId> load(JsonMapper json, OrganisationRegistry registry, Actors actors)
            throws IOException {
        List<Entry> entries;
        try (InputStream in = new ClassPathResource("demo/organisations.json").getInputStream()) {
            entries = json.readValue(in, new TypeReference<List<Entry>>() { });
        }
        Map<String, OrganisationId> byName = new LinkedHashMap<>();
        actors.organisations().forEach(o -> byName.put(o.name().toLowerCase(java.util.Locale.ROOT), o.id()));
        Map<String, OrganisationId> byKey = new LinkedHashMap<>();
        for (Entry e : entries) {
            OrganisationId id = byName.get(e.name().toLowerCase(java.util.Locale.ROOT));
            if (id == null) {
                id = registry.registerOnSetUp(new OrganisationDetails(e.name(), e.kind(), e.country(), e.level(),
                        e.locality(), e.website(), e.internal()));
            }
            byKey.put(e.key(), id);
        }
        return byKey;
    }
}
