package org.pacto.platform;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleCachesTest {

    @Test
    void aCacheKeepsTheMostRecentlyUsedEntriesWithinItsBound() {
        var cache = new ModuleCaches.BoundedCaches().getCache("pledges.facets");
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i <= ModuleCaches.ENTRIES; i++) {
            int key = i;
            cache.get(key, () -> loads.incrementAndGet() + key * 0);
            cache.get(0, () -> -1);
        }
        assertThat(loads.get()).isEqualTo(ModuleCaches.ENTRIES + 1);
        assertThat(((java.util.Map<?, ?>) cache.getNativeCache()).size()).isEqualTo(ModuleCaches.ENTRIES);
        assertThat(cache.get(0, () -> -1)).as("used every round, so kept").isEqualTo(1);
        assertThat(cache.get(1)).as("least recently used, so forgotten").isNull();
        cache.clear();
        assertThat(cache.get(0)).isNull();
    }

    @Test
    void nullValuesAreCachedToo() {
        var cache = new ModuleCaches.BoundedCaches().getCache("x");
        AtomicInteger loads = new AtomicInteger();
        cache.get("k", () -> { loads.incrementAndGet(); return null; });
        cache.get("k", () -> { loads.incrementAndGet(); return null; });
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void onAClusterEntriesExpireAfterTheirTimeToLive() {
        var now = new java.util.concurrent.atomic.AtomicLong();
        var cache = new ModuleCaches.BoundedCaches(java.time.Duration.ofSeconds(10), now::get).getCache("site.home");
        AtomicInteger loads = new AtomicInteger();
        cache.get("k", loads::incrementAndGet);
        now.addAndGet(java.time.Duration.ofSeconds(9).toNanos());
        assertThat(cache.get("k", loads::incrementAndGet)).as("still fresh").isEqualTo(1);
        now.addAndGet(java.time.Duration.ofSeconds(2).toNanos());
        assertThat(cache.get("k", loads::incrementAndGet)).as("another node may have changed it: loaded again")
                .isEqualTo(2);
    }

    @Test
    void onASingleNodeNothingExpiresByTime() {
        var now = new java.util.concurrent.atomic.AtomicLong();
        var cache = new ModuleCaches.BoundedCaches(null, now::get).getCache("site.home");
        AtomicInteger loads = new AtomicInteger();
        cache.get("k", loads::incrementAndGet);
        now.addAndGet(java.time.Duration.ofDays(30).toNanos());
        assertThat(cache.get("k", loads::incrementAndGet)).isEqualTo(1);
    }
}
