package org.pacto.practices.domain;

import java.util.EnumMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedText;

/**
 * The words of a practice in the index, one analysed field per {@link Language} (analyser named by the language's
 * code, see {@code PracticeAnalysis}): {@code title_<code>} and {@code summary_<code>} hold that language's version
 * (the original text in the original language's fields only), {@code body_<code>} the long texts in the original
 * language, analysed in every language. Adding a language to {@link Language} adds its fields here: no entity
 * changes.
 */
public class PracticeIndexFields implements TypeBinder {

    public static String title(Language language) {
        return "title_" + language.code();
    }

    public static String summary(Language language) {
        return "summary_" + language.code();
    }

    public static String body(Language language) {
        return "body_" + language.code();
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("summary").use("description").use("results").use("lessons")
                .use("targetPopulation").use("locality").use("organisationName").use("partners");
        IndexSchemaElement schema = context.indexSchemaElement();
        Map<Language, IndexFieldReference<String>> titles = new EnumMap<>(Language.class);
        Map<Language, IndexFieldReference<String>> summaries = new EnumMap<>(Language.class);
        Map<Language, IndexFieldReference<String>> bodies = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            var shown = context.typeFactory().asString().analyzer(language.code()).projectable(Projectable.YES);
            titles.put(language, schema.field(title(language), shown).toReference());
            summaries.put(language, schema.field(summary(language), shown).toReference());
            bodies.put(language, schema.field(body(language),
                    context.typeFactory().asString().analyzer(language.code())).toReference());
        }
        context.bridge(Practice.class, new Bridge(titles, summaries, bodies));
    }

    private record Bridge(Map<Language, IndexFieldReference<String>> titles,
                          Map<Language, IndexFieldReference<String>> summaries,
                          Map<Language, IndexFieldReference<String>> bodies) implements TypeBridge<Practice> {

        @Override
        public void write(DocumentElement target, Practice practice, TypeBridgeWriteContext context) {
            String body = practice.body();
            for (Language language : Language.values()) {
                add(target, titles.get(language), practice.titleText(), language);
                add(target, summaries.get(language), practice.summaryText(), language);
                target.addValue(bodies.get(language), body);
            }
        }

        private static void add(DocumentElement target, IndexFieldReference<String> field, LocalizedText text,
                                Language language) {
            String version = text.versions().get(language);
            if (version != null) {
                target.addValue(field, version);
            }
        }
    }
}
