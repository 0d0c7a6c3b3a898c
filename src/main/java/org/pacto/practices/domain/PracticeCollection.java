package org.pacto.practices.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A themed, ordered collection of published practices that the secretariat curates; it may be featured. */
@Entity
@Table(schema = "practices", name = "collection")
public class PracticeCollection {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };

    @Id
    private UUID id;
    private String language;
    private String titles;
    private String descriptions;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<UUID> practiceIds;
    private @Nullable UUID callId;
    private boolean featured;
    private @Nullable String demoKey;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected PracticeCollection() {
    }

    PracticeCollection(Language language, Map<Language, String> titles, Map<Language, String> descriptions,
                       List<UUID> practices, @Nullable UUID call, boolean featured, @Nullable String demoKey) {
        this.id = UUID.randomUUID();
        this.createdAt = Instant.now();
        this.demoKey = demoKey;
        change(language, titles, descriptions, practices, call, featured);
    }

    void change(Language language, Map<Language, String> titles, Map<Language, String> descriptions,
                List<UUID> practices, @Nullable UUID call, boolean featured) {
        if (!titles.containsKey(language) || practices.isEmpty()) {
            throw new IllegalArgumentException("A collection needs a title in its language and practices");
        }
        this.language = language.code();
        this.titles = JSON.writeValueAsString(codes(titles));
        this.descriptions = JSON.writeValueAsString(codes(descriptions));
        this.practiceIds = new ArrayList<>(practices);
        this.callId = call;
        this.featured = featured;
        this.updatedAt = Instant.now();
    }

    void feature(boolean featured) {
        this.featured = featured;
        this.updatedAt = Instant.now();
    }

    private static Map<String, String> codes(Map<Language, String> texts) {
        var map = new LinkedHashMap<String, String>();
        texts.forEach((l, t) -> map.put(l.code(), t));
        return map;
    }

    private LocalizedText text(String json, String fallback) {
        Map<Language, String> versions = new EnumMap<>(Language.class);
        JSON.readValue(json, TEXTS).forEach((code, t) -> Language.fromCode(code).ifPresent(l -> versions.put(l, t)));
        Language original = language();
        versions.putIfAbsent(original, fallback);
        return new LocalizedText(original, versions);
    }

    public UUID id() {
        return id;
    }

    public Language language() {
        return Language.fromCode(language).orElse(Language.DEFAULT);
    }

    public LocalizedText title() {
        return text(titles, "");
    }

    public LocalizedText description() {
        return text(descriptions, "");
    }

    public List<UUID> practices() {
        return List.copyOf(practiceIds);
    }

    public @Nullable UUID callId() {
        return callId;
    }

    public boolean featured() {
        return featured;
    }

    public @Nullable String demoKey() {
        return demoKey;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
