package org.pacto.indicators.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pacto.indicators.Indicator;
import org.pacto.indicators.calculation.RemittanceCosts;
import org.pacto.indicators.domain.Observations;
import org.pacto.indicators.domain.PublishedCorridorCosts;
import org.pacto.indicators.domain.RemittancePrices;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The indicator pages: the catalogue, one indicator with its series, and a remittance corridor. */
@PageController
class IndicatorPages {

    private final Observations observations;
    private final RemittancePrices prices;
    private final MessageSource messages;
    private final PublishedCorridorCosts published;

    IndicatorPages(Observations observations, RemittancePrices prices, MessageSource messages,
                   PublishedCorridorCosts published) {
        this.observations = observations;
        this.published = published;
        this.prices = prices;
        this.messages = messages;
    }

    @GetMapping("/indicators")
    String catalogue(Model model) {
        model.addAttribute("indicators", Indicator.CATALOGUE);
        model.addAttribute("corridors", prices.allCorridors());
        return "indicators/catalogue";
    }

    @GetMapping("/indicators/" + IndicatorsApi.CODE)
    String indicator(@PathVariable String code, Model model) {
        Indicator indicator = Indicator.find(code).orElseThrow(() -> new NotFoundException("indicator", code));
        var series = IndicatorViews.series(observations.of(code, null, null));
        model.addAttribute("indicator", indicator);
        model.addAttribute("series", series);
        model.addAttribute("synthetic", series.stream().anyMatch(IndicatorViews.Series::synthetic));
        model.addAttribute("corridors", code.equals("10.c.1") ? prices.allCorridors() : java.util.Set.of());
        return "indicators/indicator";
    }

    @GetMapping("/remittances/{corridor:[A-Za-z]{2}-[A-Za-z]{2}}")
    String corridor(@PathVariable String corridor, @RequestParam(required = false) @Nullable String period,
                    Model model) {
        String from = corridor.substring(0, 2).toUpperCase(Locale.ROOT);
        String to = corridor.substring(3).toUpperCase(Locale.ROOT);
        List<String> periods = prices.allPeriods(from, to);
        if (periods.isEmpty()) {
            throw new NotFoundException("corridor", corridor);
        }
        String shown = period != null && periods.contains(period) ? period : periods.getLast();
        var priced = prices.prices(from, to, shown);
        var services = priced.prices();
        model.addAttribute("synthetic", priced.synthetic());
        model.addAttribute("pricesSource", priced.dataset() == null ? null
                : priced.dataset().source() + " (" + priced.dataset().licence() + ")");
        var result = RemittanceCosts.compute(services.stream().map(RemittancePrices.Price::service).toList());
        model.addAttribute("code", from + "-" + to);
        model.addAttribute("period", shown);
        model.addAttribute("periods", periods);
        model.addAttribute("services", services);
        model.addAttribute("result", result.corridors().getFirst());
        model.addAttribute("steps", new StepTexts(messages, LocaleContextHolder.getLocale()).views(result.steps()));
        model.addAttribute("chart", Bars.of(services.stream().map(p -> p.firm().replace("Synthetic firm ", "")).toList(),
                services.stream().map(p -> p.service().totalCostPercent()).toList()));
        model.addAttribute("published", published.nearest(from + "-" + to, shown).orElse(null));
        model.addAttribute("publishedSource", PublishedCorridorCosts.SOURCE + ", " + PublishedCorridorCosts.LICENCE);
        model.addAttribute("smartTarget", RemittanceCosts.SMART_TARGET);
        model.addAttribute("averageTarget", RemittanceCosts.AVERAGE_TARGET);
        return "indicators/corridor";
    }
}
