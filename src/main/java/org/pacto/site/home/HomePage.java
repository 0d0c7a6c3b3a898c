package org.pacto.site.home;

import org.pacto.identity.Actors;
import org.pacto.platform.Language;
import org.pacto.platform.PageController;
import org.pacto.taxonomy.Framework;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@PageController
class HomePage {

    private final Framework framework;
    private final Actors actors;
    private final ActivityFeed feed;

    HomePage(Framework framework, Actors actors, ActivityFeed feed) {
        this.framework = framework;
        this.actors = actors;
        this.feed = feed;
    }

    /** The home page is the most visited: its database figures are read at most every five seconds. */
    private volatile Snapshot snapshot = new Snapshot(0, java.util.List.of(), java.time.Instant.MIN);

    private Snapshot recent() {
        Snapshot current = snapshot;
        java.time.Instant now = java.time.Instant.now();
        if (current.at().isBefore(now.minusSeconds(5))) {
            current = new Snapshot(actors.organisations().size(), feed.latest(8), now);
            snapshot = current;
        }
        return current;
    }

    private record Snapshot(int organisations, java.util.List<ActivityFeed.Activity> activity, java.time.Instant at) {
    }

    @GetMapping("/")
    String home(Model model) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute("objectives", framework.objectives(language));
        model.addAttribute("principles", framework.principles(language));
        var snapshot = recent();
        model.addAttribute("organisationCount", snapshot.organisations());
        model.addAttribute("activity", snapshot.activity());
        return "site/home";
    }
}
