package org.pacto.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationSummary;
import org.pacto.identity.account.Organisation;
import org.pacto.identity.account.OrganisationRegistry;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public directory of organisations acting in Pacto (never their people's contacts). The secretariat also
 * sees removed organisations, marked as such with the reason (issue 16, item 4).
 */
@PageController
class OrganisationPages {

    private final Actors actors;
    private final OrganisationRegistry registry;
    private final Framework framework;

    OrganisationPages(Actors actors, OrganisationRegistry registry, Framework framework) {
        this.actors = actors;
        this.registry = registry;
        this.framework = framework;
    }

    @GetMapping("/organisations")
    String list(Model model) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        var staff = actors.current().filter(Actor::isStaff);
        Map<OrganisationId, String> removed = new LinkedHashMap<>();
        List<OrganisationSummary> shown = staff.map(actor -> registry.allForStaff(actor).stream().map(o -> {
            if (o.deleted()) {
                removed.put(o.id(), String.valueOf(o.deletionReason()));
            }
            return o.summary();
        }).toList()).orElseGet(actors::organisations);
        model.addAttribute("organisations", shown);
        model.addAttribute("removed", removed);
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
        var record = actors.current().filter(Actor::isStaff)
                .flatMap(actor -> registry.anyForStaff(actor, organisationId));
        var organisation = record.map(Organisation::summary).or(() -> actors.organisation(organisationId))
                .orElseThrow(() -> new NotFoundException("organisation", id));
        model.addAttribute("organisation", organisation);
        model.addAttribute("removed", record.filter(Organisation::deleted).isPresent());
        model.addAttribute("removalReason", record.map(Organisation::deletionReason).orElse(null));
        model.addAttribute("kind", framework.terms(Scheme.ENTITY_KIND, language).stream()
                .filter(t -> t.code().equals(organisation.kind())).findFirst().map(t -> t.label())
                .orElse(organisation.kind()));
        model.addAttribute("country", organisation.country() == null ? null
                : framework.country(organisation.country(), language).map(c -> c.name()).orElse(null));
        return "identity/organisation";
    }
}
