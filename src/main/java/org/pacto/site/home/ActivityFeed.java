package org.pacto.site.home;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.pacto.identity.OrganisationJoined;
import org.pacto.pledges.PledgePublished;
import org.pacto.practices.PracticePublished;
import org.pacto.practices.PracticeUpdated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Recent public activity, recorded as the other modules announce it (after their commit). Each listener writes one
 * row outside a transaction (it commits at once), so the home page's cache ({@link HomeFigures}) is emptied only
 * after the row is there; a listener that fails stays incomplete in the event publication registry.
 */
@Component
class ActivityFeed {

    private final JdbcClient jdbc;

    ActivityFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    @CacheEvict(cacheNames = HomeFigures.CACHE, allEntries = true)
    public void on(OrganisationJoined event) {
        record("organisation-joined", event.name(), "/organisations/" + event.organisation());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    @CacheEvict(cacheNames = HomeFigures.CACHE, allEntries = true)
    public void on(PledgePublished event) {
        record("pledge-published", event.title(), "/pledges/" + event.pledge());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    @CacheEvict(cacheNames = HomeFigures.CACHE, allEntries = true)
    public void on(PracticePublished event) {
        record("practice-published", event.title(), "/practices/" + event.id());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    @CacheEvict(cacheNames = HomeFigures.CACHE, allEntries = true)
    public void on(PracticeUpdated event) {
        record("practice-updated", event.title(), "/practices/" + event.id());
    }

    void record(String kind, String title, String href) {
        jdbc.sql("insert into site.activity (kind, title, href) values (:kind, :title, :href)")
                .param("kind", kind).param("title", title).param("href", href).update();
    }

    List<Activity> latest(int limit) {
        return jdbc.sql("select at, kind, title, href from site.activity order by at desc, id desc limit :limit")
                .param("limit", limit)
                .query((rs, row) -> new Activity(((Timestamp) rs.getTimestamp(1)).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    record Activity(Instant at, String kind, String title, String href) {
    }
}
