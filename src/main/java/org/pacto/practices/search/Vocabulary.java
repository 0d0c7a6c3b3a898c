package org.pacto.practices.search;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Remembers which query words the index knows as they are, so that fuzzy matching (one typo) is only
 * added for the others. Bounded; a word once known stays known (practices are rarely removed), a word
 * unknown is asked again after a reindex or when the memory is full.
 */
final class Vocabulary {

    private static final int MAX = 20_000;
    private final ConcurrentHashMap<String, Boolean> known = new ConcurrentHashMap<>();
    private final Predicate<String> lookUp;

    Vocabulary(Predicate<String> lookUp) {
        this.lookUp = lookUp;
    }

    boolean known(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        Boolean cached = known.get(key);
        if (cached != null) {
            return cached;
        }
        if (known.size() >= MAX) {
            known.clear();
        }
        boolean found = lookUp.test(word);
        known.put(key, found);
        return found;
    }

    void clear() {
        known.clear();
    }
}
