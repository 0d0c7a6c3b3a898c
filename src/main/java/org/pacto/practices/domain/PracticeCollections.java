package org.pacto.practices.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedText;
import org.pacto.practices.FeaturedCollections;
import org.pacto.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collections of published practices: the secretariat curates them (title and description in
 * one or more languages, an ordered list of published practices, or the published answers of a
 * call) and features some on the home page. Readers only ever see the published practices.
 */
@Service
public class PracticeCollections implements FeaturedCollections {

    public static final String RECORD = "practice-collection";
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 600;
    public static final int PRACTICES_MAX = 50;

    /** What the secretariat sends: texts by language code, practice ids in order, or a call to take them from. */
    public record CollectionInput(@Nullable String language, @Nullable Map<String, String> title,
                                  @Nullable Map<String, String> description, @Nullable List<String> practices,
                                  @Nullable String call, @Nullable Boolean featured) {
    }

    /** A collection with its published practices, in order. */
    public record Shown(PracticeCollection collection, List<Practice> practices) {
    }

    private final Collections collections;
    private final PracticeRepository practices;
    private final Calls calls;
    private final PracticeBook book;
    private final AuditTrail audit;

    PracticeCollections(Collections collections, PracticeRepository practices, Calls calls, PracticeBook book,
                        AuditTrail audit) {
        this.collections = collections;
        this.practices = practices;
        this.calls = calls;
        this.book = book;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Shown> all() {
        return collections.findAllInOrder().stream().map(this::shown).toList();
    }

    @Transactional(readOnly = true)
    public List<Shown> featured() {
        return collections.findFeatured().stream().map(this::shown).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Featured> featured(int practicesEach) {
        return featured().stream().filter(s -> !s.practices().isEmpty()).map(s -> new Featured(
                s.collection().id().toString(), s.collection().title(), s.collection().description(),
                s.practices().stream().limit(practicesEach).map(p -> new Entry(p.id().toString(), title(p),
                        "/practices/" + p.id())).toList(), s.practices().size(),
                "/practices/collections/" + s.collection().id())).toList();
    }

    /** A practice's title in its language and its translations. */
    public static LocalizedText title(Practice practice) {
        return practice.titleText();
    }

    @Transactional(readOnly = true)
    public Shown one(String id) {
        return shown(find(id));
    }

    @Transactional
    public PracticeCollection create(Actor actor, CollectionInput input) {
        book.requireStaff(actor);
        var valid = validate(input);
        var collection = collections.save(new PracticeCollection(valid.language(), valid.titles(),
                valid.descriptions(), valid.practices(), valid.call(), Boolean.TRUE.equals(input.featured()), null));
        audit.changed(RECORD, collection.id().toString(), "created", Map.of("title",
                collection.title().in(valid.language()).text(), "practices", valid.practices().size(),
                "featured", collection.featured()));
        return collection;
    }

    @Transactional
    public PracticeCollection change(Actor actor, String id, CollectionInput input) {
        book.requireStaff(actor);
        var collection = find(id);
        var valid = validate(input);
        collection.change(valid.language(), valid.titles(), valid.descriptions(), valid.practices(), valid.call(),
                input.featured() == null ? collection.featured() : input.featured());
        audit.changed(RECORD, collection.id().toString(), "changed", Map.of("practices", valid.practices().size(),
                "featured", collection.featured()));
        return collection;
    }

    @Transactional
    public PracticeCollection feature(Actor actor, String id, boolean featured) {
        book.requireStaff(actor);
        var collection = find(id);
        collection.feature(featured);
        audit.changed(RECORD, collection.id().toString(), featured ? "featured" : "unfeatured", Map.of());
        return collection;
    }

    /** Demo content: a featured collection of the given published practices, once. */
    @Transactional
    public void seed(String key, Map<Language, String> titles, Map<Language, String> descriptions,
                     List<Practice> chosen) {
        if (collections.findByDemoKey(key).isPresent() || chosen.isEmpty()) {
            return;
        }
        var collection = collections.save(new PracticeCollection(Language.ES, titles, descriptions,
                chosen.stream().map(Practice::id).toList(), null, true, key));
        audit.changed(RECORD, collection.id().toString(), "created", Map.of("demo", key));
    }

    private Shown shown(PracticeCollection collection) {
        var byId = new java.util.HashMap<UUID, Practice>();
        practices.findAllById(collection.practices()).forEach(p -> byId.put(p.id(), p));
        List<Practice> list = collection.practices().stream().map(byId::get)
                .filter(p -> p != null && !p.deleted() && p.status().isPublic()).toList();
        return new Shown(collection, list);
    }

    private record Valid(Language language, Map<Language, String> titles, Map<Language, String> descriptions,
                         List<UUID> practices, @Nullable UUID call) {
    }

    private Valid validate(CollectionInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        Language language = in.language() == null ? Language.DEFAULT : Language.fromCode(in.language()).orElse(null);
        if (language == null) {
            problems.add(new FieldProblem("language", "unknown-language", in.language()));
        }
        var titles = texts(problems, "title", in.title(), TITLE_MAX);
        var descriptions = texts(problems, "description", in.description(), DESCRIPTION_MAX);
        if (language != null && !titles.containsKey(language)) {
            problems.add(new FieldProblem("title." + language.code(), "required"));
        }
        UUID call = null;
        if (in.call() != null && !in.call().isBlank()) {
            call = uuid(in.call());
            if (call == null || calls.findById(call).isEmpty()) {
                problems.add(new FieldProblem("call", "unknown-call"));
                call = null;
            }
        }
        var chosen = new LinkedHashSet<UUID>();
        List<String> ids = in.practices() == null ? List.of() : in.practices();
        for (int i = 0; i < ids.size(); i++) {
            UUID practice = uuid(ids.get(i));
            boolean published = practice != null && practices.findActive(practice)
                    .map(p -> p.status().isPublic()).orElse(false);
            if (!published) {
                problems.add(new FieldProblem("practices[" + i + "]", "not-a-published-practice", ids.get(i)));
            } else {
                chosen.add(practice);
            }
        }
        if (ids.isEmpty() && call != null) {
            practices.findPublishedAnswering(call).forEach(p -> chosen.add(p.id()));
        }
        if (problems.isEmpty() && chosen.isEmpty()) {
            problems.add(new FieldProblem("practices", "required"));
        } else if (chosen.size() > PRACTICES_MAX) {
            problems.add(new FieldProblem("practices", "too-many", PRACTICES_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Valid(language, titles, descriptions, List.copyOf(chosen), call);
    }

    private static Map<Language, String> texts(List<FieldProblem> problems, String field,
                                               @Nullable Map<String, String> given, int max) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (given == null) {
            return texts;
        }
        given.forEach((code, text) -> {
            var language = Language.fromCode(code);
            String value = text == null ? "" : text.strip();
            if (language.isEmpty()) {
                problems.add(new FieldProblem(field + "." + code, "unknown-language", code));
            } else if (value.length() > max) {
                problems.add(new FieldProblem(field + "." + code, "too-long", max));
            } else if (!value.isEmpty()) {
                texts.put(language.get(), value);
            }
        });
        return texts;
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private PracticeCollection find(String id) {
        UUID uuid = uuid(id);
        return (uuid == null ? java.util.Optional.<PracticeCollection>empty() : collections.findById(uuid))
                .orElseThrow(() -> new NotFoundException(RECORD, id));
    }
}
