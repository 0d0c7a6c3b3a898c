package org.pacto.site.home;

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
    private final HomeFigures figures;
    private final FeaturedCollections collections;

    HomePage(Framework framework, HomeFigures figures, FeaturedCollections collections) {
        this.framework = framework;
        this.figures = figures;
        this.collections = collections;
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
        var current = figures.figures();
        model.addAttribute("organisationCount", current.organisations());
        model.addAttribute("activity", current.activity());
        // Practices owns the collections and announces no change of them: read them as they are.
        model.addAttribute("collections", collections.featured(4).stream().map(c -> shown(c, language)).toList());
        return "site/home";
    }
}
