package org.pacto.mobility.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pacto.mobility.Occupation;
import org.pacto.mobility.calculation.LabourDemand;
import org.pacto.mobility.domain.DemandModels;
import org.pacto.mobility.domain.OccupationCatalog;
import org.pacto.mobility.domain.OccupationsInDemand;
import org.pacto.mobility.domain.RecognitionProcedures;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.pacto.platform.Paging;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages for migrants, returnees and officials: "how do I get my degree or trade recognised?" (/skills, one or two
 * countries side by side), the occupations expected to be in demand (/skills/demand) and the labour-demand model
 * (/labour-demand/{model}). Every page works without JavaScript; figures are tables, with simple inline SVG.
 */
@PageController
class MobilityPages {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private final OccupationCatalog catalog;
    private final RecognitionProcedures procedures;
    private final OccupationsInDemand inDemand;
    private final DemandModels models;
    private final MessageSource messages;

    MobilityPages(OccupationCatalog catalog, RecognitionProcedures procedures, OccupationsInDemand inDemand,
                  DemandModels models, MessageSource messages) {
        this.catalog = catalog;
        this.procedures = procedures;
        this.inDemand = inDemand;
        this.models = models;
        this.messages = messages;
    }

    record CountryOption(String code, String name) {
    }

    record Column(String code, String name, List<ProcedureView> procedures) {
    }

    record OccupationOption(String code, String title, boolean translated) {
    }

    @GetMapping("/skills")
    String skills(@ModelAttribute SkillsFilter filter, Model model) {
        Language language = MobilityApi.language();
        Locale locale = language.locale();
        var options = new ArrayList<CountryOption>();
        var codes = new java.util.TreeSet<>(OccupationsInDemand.CRM_COUNTRIES);
        codes.addAll(procedures.countries());
        codes.forEach(c -> options.add(new CountryOption(c, name(c, locale))));
        options.sort(java.util.Comparator.comparing(CountryOption::name));
        model.addAttribute("countries", options);
        model.addAttribute("filter", filter);
        String occupation = catalog.isUnitGroup(filter.occupationCode()) ? filter.occupationCode() : "";
        model.addAttribute("chosenOccupation", occupation.isEmpty() ? null
                : catalog.find(occupation).map(o -> option(o, language)).orElse(null));
        List<OccupationOption> matches = occupation.isEmpty() && filter.words().length() <= 200
                ? catalog.search(filter.words(), true).stream().limit(30).map(o -> option(o, language)).toList()
                : List.of();
        model.addAttribute("matches", matches);
        var columns = new ArrayList<Column>();
        for (String c : List.of(filter.countryCode(), filter.compareCode())) {
            if (!c.isEmpty() && ISO.contains(c) && columns.stream().noneMatch(col -> col.code().equals(c))) {
                columns.add(column(c, occupation, language));
            }
        }
        model.addAttribute("columns", columns);
        model.addAttribute("asked", !columns.isEmpty());
        return "mobility/skills";
    }

    private Column column(String country, String occupation, Language language) {
        var today = procedures.today();
        var page = procedures.search(country, occupation, new Paging(1, Paging.MAX_SIZE));
        var views = page.items().stream().map(p -> {
            var answer = ProcedureAnswer.of(p, catalog, language, today);
            String summary = messages.getMessage("mobility.timeline.summary",
                    new Object[] {answer.durationDays().min(), answer.durationDays().max(), p.steps().size()},
                    language.locale());
            return ProcedureView.of(answer, p, summary);
        }).toList();
        return new Column(country, name(country, language.locale()), views);
    }

    private static OccupationOption option(Occupation o, Language language) {
        return new OccupationOption(o.code(), o.title(language), o.translated(language));
    }

    record DemandRow(String area, String code, String title, boolean translated, String horizonYears, String trend,
                     String source, String sourceDate, boolean regional) {
    }

    @GetMapping("/skills/demand")
    String demand(@RequestParam(defaultValue = "") String country, Model model) {
        Language language = MobilityApi.language();
        String c = country.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("countries", OccupationsInDemand.CRM_COUNTRIES.stream()
                .map(code -> new CountryOption(code, name(code, language.locale())))
                .sorted(java.util.Comparator.comparing(CountryOption::name)).toList());
        model.addAttribute("country", c);
        model.addAttribute("rows", inDemand.forCountry(ISO.contains(c) ? c : "").stream()
                .map(e -> new DemandRow(e.area(), e.occupation(), catalog.title(e.occupation(), language),
                        catalog.find(e.occupation()).map(o -> o.translated(language)).orElse(true), e.horizonYears(),
                        e.trend(), e.source(), e.sourceDate(), e.country() == null)).toList());
        model.addAttribute("models", models.all());
        return "mobility/demand";
    }

    record ScenarioView(String code, List<LabourDemand.Point> yearly, String demandPath, String supplyPath,
                        LabourDemand.Parameters parameters, double maxValue) {
    }

    static final int CHART_W = 320;
    static final int CHART_H = 160;

    @GetMapping("/labour-demand/{model}")
    String model(@PathVariable String model, Model page) {
        var found = models.find(model).orElseThrow(() -> new NotFoundException("labour-demand model", model));
        Language language = MobilityApi.language();
        var scenarios = new ArrayList<ScenarioView>();
        for (var s : found.scenarios()) {
            var series = LabourDemand.run(s.parameters());
            int perYear = (int) Math.round(1 / s.parameters().dt());
            var yearly = new ArrayList<LabourDemand.Point>();
            for (int i = 0; i < series.points().size(); i += perYear) {
                yearly.add(series.points().get(i));
            }
            double max = yearly.stream().mapToDouble(p -> Math.max(p.demand(), p.domesticSupply())).max().orElse(1);
            scenarios.add(new ScenarioView(s.code(), yearly, path(yearly, max, true), path(yearly, max, false),
                    s.parameters(), max));
        }
        page.addAttribute("model", found);
        page.addAttribute("occupationTitle", catalog.title(found.occupation(), language));
        page.addAttribute("scenarios", scenarios);
        page.addAttribute("chartWidth", CHART_W);
        page.addAttribute("chartHeight", CHART_H);
        return "mobility/model";
    }

    /** An SVG polyline's points: years along x, workers up y (0 at the bottom). */
    static String path(List<LabourDemand.Point> points, double max, boolean demand) {
        var out = new StringBuilder();
        int n = Math.max(1, points.size() - 1);
        for (int i = 0; i < points.size(); i++) {
            double v = demand ? points.get(i).demand() : points.get(i).domesticSupply();
            long x = Math.round(10 + (CHART_W - 20) * (double) i / n);
            long y = Math.round(CHART_H - 10 - (CHART_H - 20) * v / (max == 0 ? 1 : max));
            out.append(i == 0 ? "" : " ").append(x).append(',').append(y);
        }
        return out.toString();
    }

    static String name(String code, Locale locale) {
        String n = Locale.of("", code).getDisplayCountry(locale);
        return n.isBlank() ? code : n;
    }

}
