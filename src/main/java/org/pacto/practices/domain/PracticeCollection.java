package org.pacto.practices.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedText;
import org.pacto.platform.LocalizedTextConverter;

/** A themed, ordered collection of published practices that the secretariat curates; it may be featured. */
@Entity
@Table(schema = "practices", name = "collection")
public class PracticeCollection {

    @Id
    private UUID id;
    private String language;
    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText title;
    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText description;
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
        this.title = new LocalizedText(language, titles);
        this.description = localized(language, descriptions);
        this.practiceIds = new ArrayList<>(practices);
        this.callId = call;
        this.featured = featured;
        this.updatedAt = Instant.now();
    }

    void feature(boolean featured) {
        this.featured = featured;
        this.updatedAt = Instant.now();
    }

    /** A description may be left empty in the original language and still be given in others. */
    private static LocalizedText localized(Language original, Map<Language, String> texts) {
        Map<Language, String> versions = new java.util.EnumMap<>(Language.class);
        versions.putAll(texts);
        versions.putIfAbsent(original, "");
        return new LocalizedText(original, versions);
    }

    public UUID id() {
        return id;
    }

    public Language language() {
        return Language.fromCode(language).orElse(Language.DEFAULT);
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText description() {
        return description;
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
