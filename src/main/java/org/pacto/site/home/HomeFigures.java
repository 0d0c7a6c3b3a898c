package org.pacto.site.home;

import java.util.List;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationDeleted;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The home page's database figures (the most visited page): cached through {@code platform.ModuleCaches} and
 * emptied when they change, instead of the page's own five-second timer (issue 16, "one cache mechanism"). The
 * activity list changes when {@link ActivityFeed} records an event (it empties the cache itself, after its insert);
 * the number of organisations also when one is deleted.
 */
@Component
class HomeFigures {

    static final String CACHE = "site.home";

    private final Actors actors;
    private final ActivityFeed feed;

    HomeFigures(Actors actors, ActivityFeed feed) {
        this.actors = actors;
        this.feed = feed;
    }

    record Figures(int organisations, List<ActivityFeed.Activity> activity) {
    }

    @Cacheable(CACHE)
    public Figures figures() {
        return new Figures(actors.organisations().size(), feed.latest(8));
    }

    @ApplicationModuleListener
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void on(OrganisationDeleted event) {
        // emptying the cache is the whole reaction
    }
}
