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

    @GetMapping("/")
    String home(Model model) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute("objectives", framework.objectives(language));
        model.addAttribute("principles", framework.principles(language));
        model.addAttribute("organisationCount", actors.organisations().size());
        model.addAttribute("activity", feed.latest(8));
        return "site/home";
    }
}
