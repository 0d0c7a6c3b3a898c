package org.pacto.practices.search;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Facet counts over every practice of some statuses (no text, no filter): the counts of the search
 * page as it opens, and of a facet whose value is the only filter (multi-select counts it without its
 * own filter). They are the same for every visitor until the index changes, and counting a facet over
 * ~100,000 documents is the largest cost of such a search, so they are kept (platform.ModuleCaches) until
 * practice changes reach the index ({@link PracticesIndexed}).
 */
@Component
public class EveryPracticeCounts {

    static final String CACHE = "practices.every-practice-counts";

    @Cacheable(cacheNames = CACHE, key = "#p0 + '/' + #p1")
    public Map<?, Long> of(String facet, List<String> statuses, Supplier<Map<?, Long>> count) {
        return Map.copyOf(count.get());
    }

    @EventListener
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void indexed(PracticesIndexed event) {
        // emptied by the annotation: every count may have changed
    }
}
