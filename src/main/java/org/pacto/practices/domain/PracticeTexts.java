package org.pacto.practices.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a practice says in words: title and summary in its original language and its translations, as
 * search indexes them (one analysed field per language), and the longer texts of its report. Only
 * {@link Practice} writes them, through its rules.
 */
@MappedSuperclass
abstract class PracticeTexts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, String>>> TRANSLATIONS = new TypeReference<>() { };

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String language;
    private String title;
    private String summary;
    private String description;
    private String translations;
    @KeywordField(projectable = Projectable.YES)
    private @Nullable String locality;
    private @Nullable String targetPopulation;
    private @Nullable String results;
    private @Nullable String monitoring;
    private @Nullable String lessons;
    private @Nullable String replication;
    private @Nullable String budget;
    @Transient
    private @Nullable Map<String, Map<String, String>> parsedTranslations;

    /** Replaces the texts (the caller has checked that the practice may change). */
    protected void write(PracticeContent c) {
        this.language = c.language();
        this.title = c.title();
        this.summary = c.summary();
        this.description = c.description();
        this.translations = JSON.writeValueAsString(c.translations());
        this.parsedTranslations = null;
        this.locality = c.locality();
        this.targetPopulation = c.targetPopulation();
        this.results = c.results();
        this.monitoring = c.monitoring();
        this.lessons = c.lessons();
        this.replication = c.replication();
        this.budget = c.budget();
    }

    static List<String> nonNull(@Nullable String... parts) {
        List<String> list = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                list.add(part);
            }
        }
        return list;
    }

    @FullTextField(name = "title_es", analyzer = "es", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getTitleEs() {
        return text("es", "title");
    }

    @FullTextField(name = "title_en", analyzer = "en", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getTitleEn() {
        return text("en", "title");
    }

    @FullTextField(name = "title_fr", analyzer = "fr", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getTitleFr() {
        return text("fr", "title");
    }

    @FullTextField(name = "title_pt", analyzer = "pt", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getTitlePt() {
        return text("pt", "title");
    }

    @FullTextField(name = "summary_es", analyzer = "es", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getSummaryEs() {
        return text("es", "summary");
    }

    @FullTextField(name = "summary_en", analyzer = "en", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getSummaryEn() {
        return text("en", "summary");
    }

    @FullTextField(name = "summary_fr", analyzer = "fr", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getSummaryFr() {
        return text("fr", "summary");
    }

    @FullTextField(name = "summary_pt", analyzer = "pt", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getSummaryPt() {
        return text("pt", "summary");
    }

    private @Nullable String text(String lang, String field) {
        if (lang.equals(language)) {
            return field.equals("title") ? title : summary;
        }
        Map<String, String> translation = translations().get(lang);
        return translation == null ? null : translation.get(field);
    }

    public Map<String, Map<String, String>> translations() {
        if (translations == null || translations.isBlank() || translations.equals("{}")) {
            return Map.of();
        }
        if (parsedTranslations == null) {
            parsedTranslations = JSON.readValue(translations, TRANSLATIONS);
        }
        return new LinkedHashMap<>(parsedTranslations);
    }

    public String language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public @Nullable String locality() {
        return locality;
    }

    public @Nullable String targetPopulation() {
        return targetPopulation;
    }

    public @Nullable String results() {
        return results;
    }

    public @Nullable String monitoring() {
        return monitoring;
    }

    public @Nullable String lessons() {
        return lessons;
    }

    public @Nullable String replication() {
        return replication;
    }

    public @Nullable String budget() {
        return budget;
    }
}
