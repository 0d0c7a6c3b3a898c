package org.pacto.identity.web;

import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.account.OrganisationDetails;
import org.pacto.identity.account.OrganisationRegistry;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.Language;
import org.pacto.platform.PageController;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat registers organisations and removes them (softly, with a reason). */
@PageController
@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
class OrganisationAdminPages {

    private final OrganisationRegistry registry;
    private final Framework framework;
    private final Actors actors;

    OrganisationAdminPages(OrganisationRegistry registry, Framework framework, Actors actors) {
        this.registry = registry;
        this.framework = framework;
        this.actors = actors;
    }

    @GetMapping("/admin/organisations/new")
    String form(Model model) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute("kinds", framework.terms(Scheme.ENTITY_KIND, language));
        model.addAttribute("countries", framework.countries(language));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OrganisationDetails("", "", null, "local", null, null, false));
        }
        return "identity/organisation-form";
    }

    @PostMapping("/admin/organisations")
    String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
                    @RequestParam(required = false) @Nullable String country,
                    @RequestParam(defaultValue = "") String level,
                    @RequestParam(required = false) @Nullable String locality,
                    @RequestParam(required = false) @Nullable String website,
                    @RequestParam(defaultValue = "false") boolean internal, Model model) {
        var details = new OrganisationDetails(name, kind, blankToNull(country), level, blankToNull(locality),
                blankToNull(website), internal);
        try {
            OrganisationId id = registry.register(actors.current().orElseThrow(), details);
            return "redirect:/organisations/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("form", details);
            return form(model);
        }
    }

    @PostMapping("/admin/organisations/{id}/delete")
    String delete(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Model model) {
        var actor = actors.current().orElseThrow();
        OrganisationId organisation;
        try {
            organisation = OrganisationId.of(id);
        } catch (IllegalArgumentException e) {
            throw new org.pacto.platform.NotFoundException("organisation", id);
        }
        registry.delete(actor, organisation, reason);
        return "redirect:/organisations?deleted";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
