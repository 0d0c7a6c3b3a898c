package org.pacto.practices.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.practices.domain.PracticeCollections;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Collections of published practices: public to read; the secretariat creates, changes and features them. */
@RestController
@RequestMapping("/api/v1/practices/collections")
class CollectionsApi {

    /** A practice in a collection, shown in the reader's language where translated. */
    record Item(String id, String title, String organisation, String status, String href) {
    }

    record Collection(String id, String language, Map<String, String> title, Map<String, String> description,
                      String shownTitle, String shownDescription, boolean featured, @Nullable String call,
                      List<Item> practices, String href) {
    }

    private final PracticeCollections collections;

    CollectionsApi(PracticeCollections collections) {
        this.collections = collections;
    }

    static Collection view(PracticeCollections.Shown shown, Language language) {
        var c = shown.collection();
        return new Collection(c.id().toString(), c.language().code(), codes(c.title().versions()),
                codes(c.description().versions()), c.title().in(language).text(), c.description().in(language).text(),
                c.featured(), c.callId() == null ? null : c.callId().toString(), shown.practices().stream()
                .map(p -> new Item(p.id().toString(), PracticeCollections.title(p).in(language).text(),
                        p.organisationName(), p.status().code(), "/practices/" + p.id())).toList(),
                "/practices/collections/" + c.id());
    }

    private static Map<String, String> codes(Map<Language, String> texts) {
        var map = new LinkedHashMap<String, String>();
        texts.entrySet().stream().filter(e -> !e.getValue().isBlank()).sorted(Map.Entry.comparingByKey())
                .forEach(e -> map.put(e.getKey().code(), e.getValue()));
        return map;
    }

    @GetMapping
    List<Collection> all(@RequestParam(required = false) Boolean featured) {
        Language language = Language.of(org.springframework.context.i18n.LocaleContextHolder.getLocale());
        var list = Boolean.TRUE.equals(featured) ? collections.featured() : collections.all();
        return list.stream().map(s -> view(s, language)).toList();
    }

    @GetMapping("/{id}")
    Collection one(@PathVariable String id) {
        return view(collections.one(id), Language.of(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    ResponseEntity<Collection> create(@RequestBody PracticeCollections.CollectionInput body) {
        var created = collections.create(body);
        return ResponseEntity.created(URI.create("/api/v1/practices/collections/" + created.id()))
                .body(one(created.id().toString()));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    Collection change(@PathVariable String id, @RequestBody PracticeCollections.CollectionInput body) {
        collections.change(id, body);
        return one(id);
    }

    record Feature(@Nullable Boolean featured) {
    }

    @PostMapping("/{id}/feature")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    Collection feature(@PathVariable String id, @RequestBody Feature body) {
        if (body.featured() == null) {
            throw new InvalidInputException(new FieldProblem("featured", "required"));
        }
        collections.feature(id, body.featured());
        return one(id);
    }
}
