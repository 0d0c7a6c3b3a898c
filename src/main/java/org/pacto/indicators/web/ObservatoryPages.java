package org.pacto.indicators.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.indicators.domain.Observations;
import org.pacto.indicators.domain.Observatories;
import org.pacto.indicators.domain.Observatory;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The observatories and each one's public dashboard. */
@PageController
class ObservatoryPages {

    private final Observatories observatories;
    private final Observations observations;
    private final Actors actors;

    ObservatoryPages(Observatories observatories, Observations observations, Actors actors) {
        this.observatories = observatories;
        this.observations = observations;
        this.actors = actors;
    }

    record ObservatoryView(String slug, String name, String description, String areaName, String organisation,
                           boolean synthetic) {
    }

    @GetMapping("/observatories")
    String list(Model model) {
        model.addAttribute("observatories", observatories.all().stream().map(this::view).toList());
        return "indicators/observatories";
    }

    @GetMapping("/observatories/{slug:[a-z0-9-]{1,80}}")
    String dashboard(@PathVariable String slug, Model model) {
        Observatory o = observatories.bySlug(slug).orElseThrow(() -> new NotFoundException("observatory", slug));
        var series = IndicatorViews.series(observations.ofObservatory(o.id()));
        Map<String, List<IndicatorViews.Series>> byIndicator = new LinkedHashMap<>();
        series.forEach(s -> byIndicator.computeIfAbsent(s.indicator(), k -> new java.util.ArrayList<>()).add(s));
        Map<String, Bars> overview = new LinkedHashMap<>();
        byIndicator.forEach((code, list) -> overview.put(code, IndicatorViews.latestByBreakdown(list)));
        model.addAttribute("observatory", view(o));
        model.addAttribute("area", o);
        model.addAttribute("byIndicator", byIndicator);
        model.addAttribute("notes", observatories.notes(o));
        return "indicators/observatory";
    }

    private ObservatoryView view(Observatory o) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        String organisation = actors.organisation(new OrganisationId(o.organisation()))
                .map(org.pacto.identity.OrganisationSummary::name).orElse("");
        return new ObservatoryView(o.slug(), o.name().in(language).text(), o.description().in(language).text(),
                o.areaName(), organisation, o.synthetic());
    }
}
