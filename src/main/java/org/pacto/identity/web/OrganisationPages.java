package org.pacto.identity.web;

import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public directory of organisations acting in Pacto (never their people's contacts). */
@PageController
class OrganisationPages {

    private final Actors actors;
    private final Framework framework;

    OrganisationPages(Actors actors, Framework framework) {
        this.actors = actors;
        this.framework = framework;
    }

    @GetMapping("/organisations")
    String list(Model model) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute("organisations", actors.organisations());
        model.addAttribute("kinds", framework.terms(Scheme.ENTITY_KIND, language).stream()
                .collect(java.util.stream.Collectors.toMap(t -> t.code(), t -> t.label())));
        model.addAttribute("countries", framework.countries(language).stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.code(), c -> c.name())));
        return "identity/organisations";
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable String id, Model model) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        OrganisationId organisationId;
        try {
            organisationId = OrganisationId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organisation", id);
        }
        var organisation = actors.organisation(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", id));
        model.addAttribute("organisation", organisation);
        model.addAttribute("kind", framework.terms(Scheme.ENTITY_KIND, language).stream()
                .filter(t -> t.code().equals(organisation.kind())).findFirst().map(t -> t.label())
                .orElse(organisation.kind()));
        model.addAttribute("country", organisation.country() == null ? null
                : framework.country(organisation.country(), language).map(c -> c.name()).orElse(null));
        return "identity/organisation";
    }
}
