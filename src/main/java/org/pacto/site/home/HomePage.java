package org.pacto.site.home;

import org.pacto.identity.Actors;
import org.pacto.platform.Language;
import org.pacto.platform.PageController;
import org.pacto.practices.FeaturedCollections;
import org.pacto.taxonomy.Framework;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@PageController
class HomePage {

    private final Framework framework;
    private final Actors actors;
    private final ActivityFeed feed;
    private final FeaturedCollections collections;

    HomePage(Framework framework, Actors actors, ActivityFeed feed, FeaturedCollections collections) {
        this.framework = framework;
        this.actors = actors;
        this.feed = feed;
        this.collections = collections;
    }

    /** The home page is the most visited: its database figures are read at most every five seconds. */
    private volatile Snapshot snapshot = new Snapshot(0, java.util.List.of(), java.util.List.of(),
            java.time.Instant.MIN);

    private Snapshot recent() {
        Snapshot current = snapshot;
        java.time.Instant now = java.time.Instant.now();
        if (current.at().isBefore(now.minusSeconds(5))) {
            current = new Snapshot(actors.organisations().size(), feed.latest(8), collections.featured(4), now);
            snapshot = current;
        }
        return current;
    }

    private record Snapshot(int organisations, java.util.List<ActivityFeed.Activity> activity,
                            java.util.List<FeaturedCollections.Featured> collections, java.time.Instant at) {
    }

    /** A featured collection in the page's language: a few practice titles and a link to all of them. */
    record Collection(String title, String description, String href, int count, java.util.List<Link> practices) {
    }

    record Link(String title, String href) {
    }

    private static Collection shown(FeaturedCollections.Featured c, Language language) {
        return new Collection(c.title().in(language).text(), c.description().in(language).text(), c.href(), c.count(),
                c.practices().stream().map(p -> new Link(p.title().in(language).text(), p.href())).toList());
    }

    @GetMapping("/")
    String home(Model model) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute("objectives", framework.objectives(language));
        model.addAttribute("principles", framework.principles(language));
        var snapshot = recent();
        model.addAttribute("organisationCount", snapshot.organisations());
        model.addAttribute("activity", snapshot.activity());
        model.addAttribute("collections", snapshot.collections().stream().map(c -> shown(c, language)).toList());
        return "site/home";
    }
}
