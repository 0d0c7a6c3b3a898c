package org.pacto.practices.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedText;
import org.pacto.platform.LocalizedTextConverter;

/**
 * What a practice says in words: title and summary as {@link LocalizedText} (the original language and its
 * translations, stored the one way, through {@link LocalizedTextConverter}), and the longer texts of its report.
 * Search indexes them one analysed field per language ({@link PracticeIndexFields}). Only {@link Practice} writes
 * them, through its rules.
 */
@MappedSuperclass
abstract class PracticeTexts {

    private static final String TITLE = "title";
    private static final String SUMMARY = "summary";

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String language;
    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText title;
    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText summary;
    private String description;
    @KeywordField(projectable = Projectable.YES)
    private @Nullable String locality;
    private @Nullable String targetPopulation;
    private @Nullable String results;
    private @Nullable String monitoring;
    private @Nullable String lessons;
    private @Nullable String replication;
    private @Nullable String budget;

    /** Replaces the texts (the caller has checked that the practice may change). */
    protected void write(PracticeContent c) {
        Language original = Language.fromCode(c.language()).orElse(Language.DEFAULT);
        this.language = original.code();
        this.title = localized(original, c.title(), c.translations(), TITLE);
        this.summary = localized(original, c.summary(), c.translations(), SUMMARY);
        this.description = c.description();
        this.locality = c.locality();
        this.targetPopulation = c.targetPopulation();
        this.results = c.results();
        this.monitoring = c.monitoring();
        this.lessons = c.lessons();
        this.replication = c.replication();
        this.budget = c.budget();
    }

    /** The original text and, for every other language, the translation of one field (title or summary) if given. */
    private static LocalizedText localized(Language original, String text,
                                           Map<String, Map<String, String>> translations, String field) {
        Map<Language, String> versions = new EnumMap<>(Language.class);
        translations.forEach((code, fields) -> Language.fromCode(code).ifPresent(language -> {
            String translated = fields == null ? null : fields.get(field);
            if (translated != null && !translated.isBlank()) {
                versions.put(language, translated);
            }
        }));
        versions.put(original, text);
        return new LocalizedText(original, versions);
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

    /** The title and summary with their translations, as stored. */
    public LocalizedText titleText() {
        return title;
    }

    public LocalizedText summaryText() {
        return summary;
    }

    /**
     * The translations by language code ({@code {"en": {"title": …, "summary": …}}}), as forms and the API send
     * them: every language other than the original with a translated title or summary.
     */
    public Map<String, Map<String, String>> translations() {
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        for (Language other : Language.values()) {
            if (other == title.original()) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            String t = title.versions().get(other);
            String s = summary.versions().get(other);
            if (t != null) {
                fields.put(TITLE, t);
            }
            if (s != null) {
                fields.put(SUMMARY, s);
            }
            if (!fields.isEmpty()) {
                translations.put(other.code(), fields);
            }
        }
        return translations;
    }

    public String language() {
        return language;
    }

    public String title() {
        return title.versions().get(title.original());
    }

    public String summary() {
        return summary.versions().get(summary.original());
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
