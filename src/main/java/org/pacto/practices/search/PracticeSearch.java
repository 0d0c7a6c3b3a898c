package org.pacto.practices.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.Language;
import org.pacto.practices.domain.Practice;
import org.pacto.practices.domain.PracticeIndexFields;
import org.pacto.practices.domain.PracticeStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of practices in es, en, fr and pt with filters, facet counts, highlighted
 * snippets, sorting and pagination. Answers from the index alone (stored fields), without the database.
 */
@Service
public class PracticeSearch {

    public static final List<String> FACETS = List.of("objective", "principle", "country", "region", "level", "type",
            "theme", "year", "language", "call");
    public static final int MAX_SIZE = 100;
    private static final List<String> PUBLIC = PracticeStatus.PUBLIC.stream().map(PracticeStatus::code).toList();
    private static final Map<String, String> FIELD = Map.of("objective", "objectives", "principle", "principles",
            "country", "countries", "region", "regions", "level", "level", "type", "type", "theme", "themes",
            "year", "year", "language", "language", "call", "call");

    @PersistenceContext
    private EntityManager entityManager;
    private final Vocabulary vocabulary = new Vocabulary(this::anyExactMatch);
    @jakarta.persistence.PersistenceUnit
    private jakarta.persistence.EntityManagerFactory entityManagerFactory;
    private final EveryPracticeCounts everyPractice;
    private final Actors actors;
    private final ApplicationEventPublisher events;

    PracticeSearch(EveryPracticeCounts everyPractice, Actors actors, ApplicationEventPublisher events) {
        this.everyPractice = everyPractice;
        this.actors = actors;
        this.events = events;
    }

    /**
     * What to look for: text, filters (facet → accepted values, OR within a facet, AND across), sort and page.
     * With {@code unpublishedOf}, statuses other than the public ones match only that organisation's practices.
     */
    public record Query(@Nullable String text, Map<String, List<String>> filters, String sort, int page, int size,
                        List<String> statuses, String display, boolean everyWord, @Nullable String unpublishedOf) {
        public Query(@Nullable String text, Map<String, List<String>> filters, String sort, int page, int size,
                     List<String> statuses, String display) {
            this(text, filters, sort, page, size, statuses, display, true, null);
        }

        public Query(@Nullable String text, Map<String, List<String>> filters, String sort, int page, int size,
                     List<String> statuses, String display, boolean everyWord) {
            this(text, filters, sort, page, size, statuses, display, everyWord, null);
        }
    }

    /**
     * The stored fields of a hit that do not depend on the language shown (see {@link PracticeIndexFields} for
     * those that do), projected by name: registered with Hibernate Search by {@link PracticeSearchMapping}.
     */
    @ProjectionConstructor
    public record Stored(@IdProjection UUID id, @FieldProjection String language,
                         @FieldProjection List<Integer> objectives, @FieldProjection List<String> principles,
                         @FieldProjection List<String> countries, @FieldProjection String level,
                         @FieldProjection @Nullable String locality, @FieldProjection String type,
                         @FieldProjection String status,
                         @FieldProjection(path = "organisationName") String organisation,
                         @FieldProjection @Nullable Integer year, @FieldProjection Instant date) {
    }

    /** A hit as the index gives it: its stored fields, and its titles and summaries by language. */
    record Found(Stored stored, Map<Language, String> titles, Map<Language, String> summaries) {

        @Nullable String shown(Map<Language, String> texts, Language display) {
            String text = texts.get(display);
            return text != null ? text : texts.get(Language.fromCode(stored.language()).orElse(Language.DEFAULT));
        }
    }

    public record Hit(String id, String title, String summary, List<Integer> objectives, List<String> principles,
                      List<String> countries, String level, @Nullable String locality, String type, String status,
                      String language, String organisation, @Nullable Integer year, Instant date,
                      List<String> titleHighlights, List<String> summaryHighlights) {
    }

    public record Facet(String key, long count) {
    }

    public record Result(long total, List<Hit> items, Map<String, List<Facet>> facets, long tookMs) {
    }

    /**
     * Answers from index projections only: no transaction and no JDBC connection (the session never touches
     * the database), so a search costs no round trip to PostgreSQL.
     */
    public Result search(Query query) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            return search(Search.session(em), query);
        }
    }

    private Result search(SearchSession session, Query query) {
        long start = System.nanoTime();
        Map<String, AggregationKey<? extends Map<?, Long>>> keys = new LinkedHashMap<>();
        Language display = Language.fromCode(query.display()).orElse(Language.DEFAULT);
        var step = session.search(Practice.class)
                .select(f -> f.composite().from(stored(f), texts(f, PracticeIndexFields::title),
                        texts(f, PracticeIndexFields::summary)).as(Found::new))
                .where(f -> predicate(f, query, vocabulary));
        // Multi-select faceting: a facet with a selected value is counted with the query minus its own
        // filter (a second, aggregation-only query), so its other values keep their counts.
        List<String> selected = FACETS.stream().filter(facet -> query.filters().containsKey(facet)
                && !query.filters().get(facet).isEmpty()).toList();
        boolean everything = plain(query);
        for (String facet : FACETS) {
            if (selected.contains(facet) || everything) {
                continue;
            }
            if (facet.equals("objective") || facet.equals("year")) {
                AggregationKey<Map<Integer, Long>> key = AggregationKey.of(facet);
                keys.put(facet, key);
                step = step.aggregation(key, f -> f.terms().field(FIELD.get(facet), Integer.class).maxTermCount(100));
            } else {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet);
                keys.put(facet, key);
                step = step.aggregation(key, f -> f.terms().field(FIELD.get(facet), String.class).maxTermCount(250));
            }
        }
        boolean relevance = query.text() != null && !query.text().isBlank() && !query.sort().startsWith("date");
        var sorted = step.sort(f -> relevance ? f.score().then().field("date").desc()
                : query.sort().equals("date-asc") ? f.field("date").asc() : f.field("date").desc());
        int size = Math.max(1, Math.min(MAX_SIZE, query.size()));
        int page = Math.max(1, query.page());
        SearchResult<Found> result = sorted.fetch((page - 1) * size, size);
        List<String> words = Snippets.words(query.text());
        List<Hit> hits = new ArrayList<>();
        for (Found found : result.hits()) {
            hits.add(hit(found, display, words));
        }
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Map<?, Long> counts = selected.contains(facet) ? countsWithout(session, query, facet)
                    : everything ? everyPractice.of(facet, query.statuses(), () -> count(session, query, facet))
                    : result.aggregation(keys.get(facet));
            List<Facet> list = new ArrayList<>();
            counts.forEach((k, v) -> list.add(new Facet(String.valueOf(k), v)));
            list.sort((a, b) -> b.count() != a.count() ? Long.compare(b.count(), a.count()) : a.key().compareTo(b.key()));
            facets.put(facet, list);
        }
        return new Result(result.total().hitCount(), hits, facets, (System.nanoTime() - start) / 1_000_000);
    }

    /** Counts of one facet's values for the query without that facet's own filter (no hits fetched). */
    private Map<?, Long> countsWithout(SearchSession session, Query query, String facet) {
        Map<String, List<String>> others = new LinkedHashMap<>(query.filters());
        others.remove(facet);
        Query without = new Query(query.text(), others, query.sort(), 1, 1, query.statuses(), query.display(),
                query.everyWord(), query.unpublishedOf());
        return plain(without) ? everyPractice.of(facet, query.statuses(), () -> count(session, without, facet))
                : count(session, without, facet);
    }

    /** No text and no filter: every practice of the query's statuses. */
    private static boolean plain(Query query) {
        return query.unpublishedOf() == null && (query.text() == null || query.text().isBlank())
                && query.filters().values().stream().allMatch(List::isEmpty);
    }

    /** Counts of one facet's values among the practices a query matches (no hits fetched). */
    private Map<?, Long> count(SearchSession session, Query query, String facet) {
        var step = session.search(Practice.class).select(f -> f.id()).where(f -> predicate(f, query, vocabulary));
        if (facet.equals("objective") || facet.equals("year")) {
            AggregationKey<Map<Integer, Long>> key = AggregationKey.of(facet);
            return step.aggregation(key, f -> f.terms().field(FIELD.get(facet), Integer.class).maxTermCount(100))
                    .fetch(0).aggregation(key);
        }
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet);
        return step.aggregation(key, f -> f.terms().field(FIELD.get(facet), String.class).maxTermCount(250))
                .fetch(0).aggregation(key);
    }

    /** The stored fields, typed by {@link Stored}'s projection constructor. */
    private static ProjectionFinalStep<Stored> stored(SearchProjectionFactory<?, ?> f) {
        return f.composite().as(Stored.class);
    }

    /** One text field per language, as a map by language (absent where the practice has no such version). */
    private static ProjectionFinalStep<Map<Language, String>> texts(SearchProjectionFactory<?, ?> f,
                                                                    java.util.function.Function<Language, String> field) {
        Language[] languages = Language.values();
        return f.composite().from(Arrays.stream(languages).map(l -> f.field(field.apply(l), String.class))
                .toArray(ProjectionFinalStep[]::new)).asList(values -> {
                    Map<Language, String> texts = new EnumMap<>(Language.class);
                    for (int i = 0; i < languages.length; i++) {
                        if (values.get(i) != null) {
                            texts.put(languages[i], (String) values.get(i));
                        }
                    }
                    return texts;
                });
    }

    private static Hit hit(Found found, Language display, List<String> words) {
        Stored s = found.stored();
        String title = found.shown(found.titles(), display);
        String summary = found.shown(found.summaries(), display);
        // Highlighting in Lucene (unified highlighter with fuzzy terms) cost ~20 ms per hit: snippets are
        // marked here, on the shown text, with the same forgiveness (accents, inflections, one typo).
        List<String> titleHighlights = Snippets.mark(title, words, 0);
        List<String> summaryHighlights = Snippets.mark(summary, words, 240);
        return new Hit(s.id().toString(), title == null ? "" : title, summary == null ? "" : summary,
                s.objectives(), s.principles(), s.countries(), s.level(), s.locality(), s.type(), s.status(),
                s.language(), s.organisation(), s.year(), s.date(), titleHighlights, summaryHighlights);
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(
            SearchPredicateFactory f, Query query, Vocabulary vocabulary) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        String unpublishedOf = query.unpublishedOf();
        if (unpublishedOf == null) {
            bool.filter(f.terms().field("status").matchingAny(query.statuses()));
        } else {
            List<String> shown = query.statuses().stream().filter(PUBLIC::contains).toList();
            var own = f.and(f.terms().field("status").matchingAny(query.statuses()),
                    f.match().field("organisation").matching(unpublishedOf));
            bool.filter(shown.isEmpty() ? own : f.or(f.terms().field("status").matchingAny(shown), own));
        }
        bool.mustNot(f.match().field("deleted").matching(true));
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            String[] titles = fields(PracticeIndexFields::title);
            String[] summaries = fields(PracticeIndexFields::summary);
            String[] bodies = fields(PracticeIndexFields::body);
            // Every word must match (in any language's fields), each forgiving accents, inflections and one typo.
            List<String> words = java.util.Arrays.stream(text.split("[\\s,;:.!?¿¡()\"]+"))
                    .filter(w -> w.length() > 1).limit(10).toList();
            var anyWord = f.bool();
            List<String> used = words.isEmpty() ? List.of(text) : words;
            for (String word : used) {
                var exact = f.match().fields(titles).boost(4f).fields(summaries).boost(2f).fields(bodies).matching(word)
                        .boost(3f);
                // Fuzzy matching builds a Levenshtein automaton per field and word on every query (the main CPU
                // cost of a search): it is only added for words the index does not know as they are (typos).
                var clause = vocabulary.known(word) ? exact : f.or(exact,
                        f.match().fields(titles).boost(4f).fields(summaries).boost(2f).matching(word).fuzzy(1, 2));
                if (query.everyWord()) {
                    bool.must(clause);
                } else {
                    anyWord.should(clause);
                }
            }
            if (!query.everyWord()) {
                bool.must(anyWord.minimumShouldMatchNumber(Math.max(1, (int) Math.ceil(used.size() * 0.3))));
            }
        }
        query.filters().forEach((facet, values) -> {
            if (values.isEmpty() || !FIELD.containsKey(facet)) {
                return;
            }
            String field = FIELD.get(facet);
            if (facet.equals("objective") || facet.equals("year")) {
                List<Integer> numbers = values.stream().map(PracticeSearch::number).filter(java.util.Objects::nonNull)
                        .toList();
                bool.filter(numbers.isEmpty() ? f.not(f.matchAll()) : f.terms().field(field).matchingAny(numbers));
            } else {
                bool.filter(f.terms().field(field).matchingAny(facet.equals("country")
                        ? values.stream().map(v -> v.toUpperCase(java.util.Locale.ROOT)).toList() : values));
            }
        });
        return bool;
    }

    private static String[] fields(java.util.function.Function<Language, String> field) {
        return Arrays.stream(Language.values()).map(field).toArray(String[]::new);
    }

    private static @Nullable Integer number(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Practices whose title resembles this text, for the duplicate warning and "similar": published ones, and
     * the pending ones of the signed-in person's own organisation only (another organisation's unpublished
     * practices are not disclosed, not even by title).
     */
    public List<Hit> similar(String text, @Nullable String except, String display) {
        return similar(actors.current(), text, except, display);
    }

    public List<Hit> similar(Optional<Actor> caller, String text, @Nullable String except, String display) {
        List<String> statuses = new ArrayList<>(PUBLIC);
        Arrays.stream(PracticeStatus.values()).filter(PracticeStatus::isPending).map(PracticeStatus::code)
                .forEach(statuses::add);
        String own = caller.map(a -> a.organisation().value().toString()).orElse(null);
        var result = search(new Query(text, Map.of(), "relevance", 1, 6, own == null ? PUBLIC : statuses, display,
                false, own));
        return result.items().stream().filter(h -> !h.id().equals(except)).limit(5).toList();
    }

    /**
     * Rebuilds the index from PostgreSQL, merged into one segment: facet counts on keyword fields then read
     * the segment's ordinals directly instead of building a cross-segment ordinal map on every query.
     */
    public long reindex() throws InterruptedException {
        long start = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(Practice.class).massIndexer().threadsToLoadObjects(3)
                .batchSizeToLoadObjects(1000).idFetchSize(5000).mergeSegmentsOnFinish(true).startAndWait();
        vocabulary.clear();
        events.publishEvent(new PracticesIndexed(-1));
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Whether the word matches some practice as it is (after analysis) in any language's text. */
    private boolean anyExactMatch(String word) {
        String[] fields = Arrays.stream(Language.values()).flatMap(l -> java.util.stream.Stream.of(
                PracticeIndexFields.title(l), PracticeIndexFields.summary(l), PracticeIndexFields.body(l)))
                .toArray(String[]::new);
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            return Search.session(em).search(Practice.class).where(f -> f.match().fields(fields).matching(word))
                    .fetchTotalHitCount() > 0;
        }
    }

    /** Merges the index segments (after many updates) so that facet counts stay cheap. */
    public void mergeSegments() {
        Search.mapping(entityManagerFactory).scope(Practice.class).workspace().mergeSegments();
    }

    @Transactional(readOnly = true)
    public long indexed() {
        return Search.session(entityManager).search(Practice.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }
}
