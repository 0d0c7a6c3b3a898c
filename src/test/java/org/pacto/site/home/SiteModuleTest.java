package org.pacto.site.home;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationDeleted;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationJoined;
import org.pacto.practices.FeaturedCollections;
import org.pacto.support.TestDatabase;
import org.pacto.taxonomy.Framework;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/**
 * The site module with the platform only; what it reads of other modules is stubbed. Its home-page figures live in
 * the {@code site.home} cache of platform.ModuleCaches and are emptied by the events that change them (before, the
 * page kept its own copy for five seconds whatever happened).
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = "pacto.early-database-start=false")
@DirtiesContext // used by this class only: close it, and its connections, when done
class SiteModuleTest {

    @MockitoBean
    Actors actors;
    @MockitoBean
    Framework framework;
    @MockitoBean
    FeaturedCollections collections;

    @Autowired
    HomeFigures figures;
    @Autowired
    CacheManager caches;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theHomeFiguresAreCachedUntilAnEventChangesThem() throws Exception {
        when(actors.organisations()).thenReturn(List.of());
        var before = figures.figures();
        assertThat(caches.getCache(HomeFigures.CACHE).get(org.springframework.cache.interceptor.SimpleKey.EMPTY))
                .as("cached through ModuleCaches").isNotNull();
        assertThat(figures.figures()).isSameAs(before);

        String name = "Municipio de prueba " + System.nanoTime();
        transactions.executeWithoutResult(s -> events.publishEvent(
                new OrganisationJoined(new OrganisationId(java.util.UUID.randomUUID()), name, "AR")));
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (figures.figures().activity().stream().noneMatch(a -> a.title().equals(name))
                && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(figures.figures().activity()).anySatisfy(a -> {
            assertThat(a.title()).isEqualTo(name);
            assertThat(a.kind()).isEqualTo("organisation-joined");
        });

        var cached = figures.figures();
        transactions.executeWithoutResult(s -> events.publishEvent(
                new OrganisationDeleted(new OrganisationId(java.util.UUID.randomUUID()))));
        until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (figures.figures() == cached && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(figures.figures()).as("emptied by OrganisationDeleted").isNotSameAs(cached);
        assertThat(Set.of(HomeFigures.CACHE)).isSubsetOf(caches.getCacheNames());
    }
}
