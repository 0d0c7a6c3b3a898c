package org.pacto.practices.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.pacto.practices.domain.PracticeChanges;

/**
 * Facet counts over every practice of some statuses (no text, no filter): the counts of the search
 * page as it opens, and of a facet whose value is the only filter (multi-select counts it without its
 * own filter). They are the same for every visitor until a practice changes, and counting a facet over
 * ~100,000 documents is the largest cost of such a search, so they are kept until the next change.
 */
final class EveryPracticeCounts {

    private record Key(String facet, List<String> statuses) {
    }

    private record Counts(long generation, Map<?, Long> values) {
    }

    private final Map<Key, Counts> counts = new ConcurrentHashMap<>();

    Map<?, Long> of(String facet, List<String> statuses, Supplier<Map<?, Long>> count) {
        var key = new Key(facet, List.copyOf(statuses));
        // The generation is read before counting: a change during the count leaves an entry already stale.
        long generation = PracticeChanges.generation();
        Counts known = counts.get(key);
        if (known != null && known.generation() == generation) {
            return known.values();
        }
        Map<?, Long> values = Map.copyOf(count.get());
        counts.put(key, new Counts(generation, values));
        return values;
    }

    void clear() {
        counts.clear();
    }
}
