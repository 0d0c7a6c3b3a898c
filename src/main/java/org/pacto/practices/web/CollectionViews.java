package org.pacto.practices.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.Language;
import org.pacto.practices.domain.PracticeCollection;
import org.pacto.practices.domain.PracticeCollections;
import org.springframework.context.i18n.LocaleContextHolder;

/** Collections as the API and pages show them: records in the reader's language, never entities. */
final class CollectionViews {

    /** A practice in a collection, shown in the reader's language where translated. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "CollectionItem", description = "A practice in a collection.")
    record Item(String id, String title, String organisation, String status, String summary, String href) {
    }

    record Collection(String id, String language, Map<String, String> title, Map<String, String> description,
                      String shownTitle, String shownDescription, boolean featured, @Nullable String call,
                      List<Item> practices, String href) {
    }

    private CollectionViews() {
    }

    /** A collection as shown to the reader, in their language where translated. */
    static Collection of(PracticeCollections.Shown shown) {
        return view(shown, language());
    }

    /** A collection just created or changed, read back as the reader sees it. */
    static Collection of(PracticeCollections collections, PracticeCollection collection) {
        return of(collections.one(collection.id().toString()));
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    private static Collection view(PracticeCollections.Shown shown, Language language) {
        var c = shown.collection();
        return new Collection(c.id().toString(), c.language().code(), codes(c.title().versions()),
                codes(c.description().versions()), c.title().in(language).text(), c.description().in(language).text(),
                c.featured(), c.callId() == null ? null : c.callId().toString(), shown.practices().stream()
                .map(p -> new Item(p.id().toString(), PracticeCollections.title(p).in(language).text(),
                        p.organisationName(), p.status().code(), p.translations().getOrDefault(language.code(),
                        Map.of()).getOrDefault("summary", p.summary()), "/practices/" + p.id())).toList(),
                "/practices/collections/" + c.id());
    }

    private static Map<String, String> codes(Map<Language, String> texts) {
        var map = new LinkedHashMap<String, String>();
        texts.entrySet().stream().filter(e -> !e.getValue().isBlank()).sorted(Map.Entry.comparingByKey())
                .forEach(e -> map.put(e.getKey().code(), e.getValue()));
        return map;
    }
}
