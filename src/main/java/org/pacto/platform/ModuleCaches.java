package org.pacto.platform;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.support.AbstractValueAdaptingCache;
import org.springframework.cache.support.SimpleValueWrapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one cache mechanism: Spring's cache abstraction ({@code @Cacheable("<module>.<what>")}) over small
 * least-recently-used maps, emptied by the module's own event listeners ({@code @CacheEvict(allEntries = true)} on a
 * method that listens to the events that change what is cached). Entries are bounded per cache, so a visitor who
 * sends many distinct filters cannot make a cache grow without limit. On a single node nothing expires by time,
 * because every change that matters is an event. On a cluster (issue 17) an event's listeners run on one node only,
 * so the other nodes' copies would stay stale: there {@code pacto.caches.time-to-live} (set by the clustered
 * configuration, {@code cluster/pacto-cluster-true.properties}) bounds how long any node serves an entry.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class ModuleCaches {

    /** Entries each cache keeps before it forgets the least recently used. */
    public static final int ENTRIES = 512;

    @Bean
    CacheManager cacheManager(@Value("${pacto.caches.time-to-live:}") @Nullable Duration timeToLive) {
        return new BoundedCaches(timeToLive, System::nanoTime);
    }

    static final class BoundedCaches implements CacheManager {
        private final Map<String, Cache> caches = new ConcurrentHashMap<>();
        private final @Nullable Duration timeToLive;
        private final LongSupplier nanoClock;

        BoundedCaches() {
            this(null, System::nanoTime);
        }

        BoundedCaches(@Nullable Duration timeToLive, LongSupplier nanoClock) {
            this.timeToLive = timeToLive == null || timeToLive.isZero() ? null : timeToLive;
            this.nanoClock = nanoClock;
        }

        @Override
        public Cache getCache(String name) {
            return caches.computeIfAbsent(name, n -> new Bounded(n, timeToLive, nanoClock));
        }

        @Override
        public Collection<String> getCacheNames() {
            return List.copyOf(caches.keySet());
        }
    }

    /** A synchronised access-ordered map: small caches of report queries, where a lock is cheaper than the query. */
    static final class Bounded extends AbstractValueAdaptingCache {
        private final String name;
        private final @Nullable Duration timeToLive;
        private final LongSupplier nanoClock;
        private final Map<Object, Stamped> entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Stamped> eldest) {
                return size() > ENTRIES;
            }
        };

        /** A value and when it was stored ({@link System#nanoTime}). */
        private record Stamped(@Nullable Object value, long storedAt) {
        }

        Bounded(String name, @Nullable Duration timeToLive, LongSupplier nanoClock) {
            super(true);
            this.name = name;
            this.timeToLive = timeToLive;
            this.nanoClock = nanoClock;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Object getNativeCache() {
            return entries;
        }

        @Override
        protected @Nullable Object lookup(Object key) {
            synchronized (entries) {
                Stamped entry = entries.get(key);
                if (entry == null) {
                    return null;
                }
                if (timeToLive != null && nanoClock.getAsLong() - entry.storedAt() > timeToLive.toNanos()) {
                    entries.remove(key);
                    return null;
                }
                return entry.value();
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> @Nullable T get(Object key, Callable<T> valueLoader) {
            ValueWrapper hit = get(key);
            if (hit != null) {
                return (T) hit.get();
            }
            try {
                T value = valueLoader.call();
                put(key, value);
                return value;
            } catch (Exception e) {
                throw new ValueRetrievalException(key, valueLoader, e);
            }
        }

        @Override
        public void put(Object key, @Nullable Object value) {
            synchronized (entries) {
                entries.put(key, new Stamped(toStoreValue(value), nanoClock.getAsLong()));
            }
        }

        @Override
        public void evict(Object key) {
            synchronized (entries) {
                entries.remove(key);
            }
        }

        @Override
        public void clear() {
            synchronized (entries) {
                entries.clear();
            }
        }
    }
}
