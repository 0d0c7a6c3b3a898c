package org.pacto.pledges.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.Language;
import org.pacto.platform.Paging;
import org.pacto.platform.PageController;
import org.pacto.pledges.domain.PledgeFilter;
import org.pacto.pledges.domain.PledgeInput;
import org.pacto.pledges.domain.PledgeRules;
import org.pacto.pledges.domain.PledgeSearch;
import org.pacto.pledges.domain.PledgeStatus;
import org.pacto.pledges.domain.PledgeView;
import org.pacto.pledges.domain.Pledges;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public dashboard, the map, a pledge's page, and the forms of focal points and the secretariat. */
@PageController
class PledgePages {

    private static final int PAGE_SIZE = 20;

    private final Pledges pledges;
    private final PledgeSearch search;
    private final Actors actors;
    private final Framework framework;
    private final MessageSource messages;
    /** Labels and filter options depend only on the language (reference data is read-only). */
    private final Map<Language, Map<String, Map<String, String>>> labelMaps = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Language, Map<String, List<Option>>> staticOptions = new java.util.concurrent.ConcurrentHashMap<>();

    private final OpenData openData;

    PledgePages(Pledges pledges, PledgeSearch search, Actors actors, Framework framework, MessageSource messages,
                OpenData openData) {
        this.openData = openData;
        this.pledges = pledges;
        this.search = search;
        this.actors = actors;
        this.framework = framework;
        this.messages = messages;
    }

    @GetMapping("/pledges")
    String dashboard(@ModelAttribute PledgeFilter filter, Paging paging, Model model) {
        Language language = language();
        // PledgeSearch counts pages from 0; pages, like every list of Pacto, from 1 (platform.Paging)
        var result = search.search(null, filter, language, paging.page() - 1, PAGE_SIZE, true);
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("page", paging.page());
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("overdue", search.overdue(filter, language, 10));
        model.addAttribute("indicators", openData.indicators(filter, language));
        model.addAttribute("mayDraft", actors.current().map(pledges::mayDraft).orElse(false));
        var facets = result.facets();
        model.addAttribute("totalInProgress", facets.get("status").getOrDefault("in-progress", 0L)
                + facets.get("status").getOrDefault("published", 0L));
        model.addAttribute("totalFulfilled", facets.get("status").getOrDefault("fulfilled", 0L));
        model.addAttribute("totalOverdue", facets.get("overdue").getOrDefault("overdue", 0L));
        model.addAttribute("charts", PledgeCharts.dashboard(facets, labelMaps.computeIfAbsent(language, this::labels),
                this::message));
        model.addAttribute("apiQuery", filter.query());
        model.addAttribute("filterParams", filter.parameters());
        var options = new LinkedHashMap<>(staticOptions.computeIfAbsent(language, l -> options(l, List.of())));
        options.remove("country");
        options.put("year", facets.get("year").keySet().stream().map(y -> new Option(y, y)).toList());
        model.addAttribute("options", options);
        return "pledges/dashboard";
    }

    @GetMapping("/pledges/map")
    String map(Model model) {
        model.addAttribute("countries", framework.countries(language()));
        return "pledges/map";
    }

    @GetMapping("/pledges/{id:[0-9a-f-]{36}}")
    String pledge(@PathVariable String id, Model model) {
        Language language = language();
        PledgeView view = pledges.view(actors.current(), PledgesApi.parse(id), language);
        model.addAttribute("pledge", view);
        Language shown = Language.fromCode(view.shownLanguage()).orElse(language);
        model.addAttribute("shownTitle", new org.pacto.platform.LocalizedText.Shown(view.title(), shown,
                shown.equals(language)));
        model.addAttribute("shownDescription", new org.pacto.platform.LocalizedText.Shown(view.description(), shown,
                shown.equals(language)));
        Language needShown = view.needLanguage() == null ? language
                : Language.fromCode(view.needLanguage()).orElse(language);
        model.addAttribute("shownNeed", view.need() == null ? null
                : new org.pacto.platform.LocalizedText.Shown(view.need(), needShown, needShown.equals(language)));
        model.addAttribute("targetCharts", PledgeCharts.targets(view.targets(), this::message));
        model.addAttribute("objectiveTitles", objectiveTitles(language));
        model.addAttribute("countryNames", countryNames(language));
        model.addAttribute("principleTitles", principleTitles(language));
        model.addAttribute("regionName", view.region() == null ? null
                : framework.region(view.region(), language).map(r -> r.name()).orElse(view.region()));
        model.addAttribute("isStaff", actors.current().map(Actor::isStaff).orElse(false));
        model.addAttribute("indicatorLabels", indicatorLabels(language));
        model.addAttribute("today", pledges.today().toString());
        model.addAttribute("kindLabel", framework.terms(Scheme.ENTITY_KIND, language).stream()
                .filter(t -> t.code().equals(view.kind())).map(t -> t.label()).findFirst().orElse(view.kind()));
        return "pledges/pledge";
    }

    @GetMapping("/pledges/new")
    String newPledge(Model model) {
        signedInDrafter();
        model.addAttribute("form", Map.of());
        model.addAttribute("errors", Map.of());
        addFormOptions(model);
        return "pledges/form";
    }

    @PostMapping("/pledges/new")
    String create(@RequestParam MultiValueMap<String, String> form, Model model) {
        Actor actor = signedInDrafter();
        try {
            UUID id = pledges.create(actor, input(form));
            return "redirect:/pledges/" + id + "?created";
        } catch (InvalidInputException e) {
            model.addAttribute("form", form.toSingleValueMap());
            model.addAttribute("selected", form);
            model.addAttribute("errors", errors(e));
            addFormOptions(model);
            return "pledges/form";
        }
    }

    @PostMapping("/pledges/{id:[0-9a-f-]{36}}/submit")
    String submit(@PathVariable String id) {
        pledges.submit(signedIn(), PledgesApi.parse(id));
        return "redirect:/pledges/" + id + "?submitted";
    }

    @PostMapping("/pledges/{id:[0-9a-f-]{36}}/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) @Nullable String decision,
                  @RequestParam(required = false) @Nullable String reason, Model model) {
        try {
            pledges.decide(signedIn(), PledgesApi.parse(id), decision, reason);
            return "redirect:/pledges/" + id + "?decided";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            return pledge(id, model);
        }
    }

    @PostMapping("/pledges/{id:[0-9a-f-]{36}}/progress")
    String report(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        List<PledgeInput.ValueInput> values = new ArrayList<>();
        form.forEach((key, value) -> {
            if (key.startsWith("value.") && !value.isEmpty() && !value.getFirst().isBlank()) {
                values.add(new PledgeInput.ValueInput(key.substring("value.".length()), value.getFirst()));
            }
        });
        try {
            pledges.report(signedIn(), PledgesApi.parse(id), new PledgeInput.ReportInput(form.getFirst("date"),
                    form.getFirst("narrative"), values));
            return "redirect:/pledges/" + id + "?reported";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            model.addAttribute("reportForm", form.toSingleValueMap());
            return pledge(id, model);
        }
    }

    @PostMapping("/pledges/{id:[0-9a-f-]{36}}/close")
    String close(@PathVariable String id, @RequestParam(required = false) @Nullable String outcome) {
        pledges.close(signedIn(), PledgesApi.parse(id), outcome);
        return "redirect:/pledges/" + id;
    }

    private PledgeInput input(MultiValueMap<String, String> form) {
        List<PledgeInput.TargetInput> targets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = form.getFirst("targets[" + i + "].name");
            String unit = form.getFirst("targets[" + i + "].unit");
            String baseline = form.getFirst("targets[" + i + "].baseline");
            String target = form.getFirst("targets[" + i + "].target");
            boolean empty = List.of(nullToEmpty(name), nullToEmpty(unit), nullToEmpty(baseline), nullToEmpty(target))
                    .stream().allMatch(String::isBlank);
            if (!empty) {
                targets.add(new PledgeInput.TargetInput(name, unit, baseline, target,
                        form.getFirst("targets[" + i + "].weight"), form.getFirst("targets[" + i + "].currency"),
                        form.getFirst("targets[" + i + "].indicator")));
            }
        }
        List<Integer> objectives = new ArrayList<>();
        for (String o : form.getOrDefault("objectives", List.of())) {
            try {
                objectives.add(Integer.parseInt(o));
            } catch (NumberFormatException e) {
                objectives.add(0);
            }
        }
        List<String> countries = new ArrayList<>();
        for (String c : nullToEmpty(form.getFirst("countries")).split("[,\\s]+")) {
            if (!c.isBlank()) {
                countries.add(c);
            }
        }
        List<PledgeInput.ContactInput> contacts = nullToEmpty(form.getFirst("contactName")).isBlank()
                && nullToEmpty(form.getFirst("contactEmail")).isBlank() ? List.of()
                : List.of(new PledgeInput.ContactInput(form.getFirst("contactName"), form.getFirst("contactEmail"),
                        form.getFirst("contactPhone")));
        return new PledgeInput(form.getFirst("language"), form.getFirst("title"), form.getFirst("description"),
                form.getFirst("need"), form.getFirst("type"), form.getFirst("matches"), form.containsKey("mirror"),
                form.containsKey("champion"), form.getOrDefault("nature", List.of()), objectives,
                form.getOrDefault("principles", List.of()), List.of(), countries, form.getFirst("region"),
                form.containsKey("global"), form.getFirst("startDate"), form.getFirst("deadline"),
                form.containsKey("openForSignatures"), targets, contacts, translations(form));
    }

    /** The optional translations typed on the form ({@code translations.<lang>.title/description}). */
    static Map<String, PledgeInput.TranslationInput> translations(MultiValueMap<String, String> form) {
        Map<String, PledgeInput.TranslationInput> translations = new LinkedHashMap<>();
        for (String code : Language.codes()) {
            String title = nullToEmpty(form.getFirst("translations." + code + ".title"));
            String description = nullToEmpty(form.getFirst("translations." + code + ".description"));
            String need = nullToEmpty(form.getFirst("translations." + code + ".need"));
            if (!title.isBlank() || !description.isBlank() || !need.isBlank()) {
                translations.put(code, new PledgeInput.TranslationInput(title, description, need));
            }
        }
        return translations;
    }

    private Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field().replaceAll("\\[\\d+]$", ""),
                messages.getMessage("problem." + p.code(), p.arguments().toArray(), p.code(),
                        LocaleContextHolder.getLocale())));
        return errors;
    }

    private void addFormOptions(Model model) {
        Language language = language();
        model.addAttribute("objectives", framework.objectives(language));
        model.addAttribute("principles", framework.principles(language));
        model.addAttribute("regions", framework.regions(language).stream()
                .filter(r -> !r.kind().equals("intermediate")).toList());
        model.addAttribute("types", PledgeRules.TYPES);
        model.addAttribute("natures", PledgeRules.NATURES);
        model.addAttribute("languageCodes", Language.codes());
        model.addAttribute("targetRows", List.of(0, 1, 2, 3, 4));
        model.addAttribute("indicatorOptions", indicatorLabels(language));
        if (!model.containsAttribute("selected")) {
            model.addAttribute("selected", new org.springframework.util.LinkedMultiValueMap<String, String>());
        }
    }

    private Actor signedIn() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }

    /** Focal points and members draft pledges (the rules are in {@code domain.Pledges}). */
    private Actor signedInDrafter() {
        Actor actor = signedIn();
        if (!pledges.mayDraft(actor)) {
            throw new AccessDeniedException("focal points and members draft pledges");
        }
        return actor;
    }

    record Option(String value, String label) {
    }

    private Map<String, List<Option>> options(Language language, java.util.Collection<String> years) {
        Map<String, List<Option>> options = new LinkedHashMap<>();
        options.put("objective", framework.objectives(language).stream()
                .map(o -> new Option(String.valueOf(o.number()), o.number() + ". " + o.shortTitle())).toList());
        options.put("principle", framework.principles(language).stream()
                .map(p -> new Option(p.code(), p.title())).toList());
        options.put("kind", framework.terms(Scheme.ENTITY_KIND, language).stream()
                .map(t -> new Option(t.code(), t.label())).toList());
        options.put("nature", PledgeRules.NATURES.stream().map(n -> new Option(n, message("pledge.nature." + n)))
                .toList());
        List<Option> statuses = new ArrayList<>();
        PledgeStatus.PUBLIC.forEach(s -> statuses.add(new Option(s, message("pledge.status." + s))));
        statuses.add(new Option("overdue", message("pledge.status.overdue")));
        options.put("status", statuses);
        options.put("region", framework.regions(language).stream().filter(r -> !r.kind().equals("intermediate"))
                .map(r -> new Option(r.code(), r.name())).toList());
        options.put("country", framework.countries(language).stream()
                .map(c -> new Option(c.code(), c.name())).toList());
        options.put("year", years.stream().map(y -> new Option(y, y)).toList());
        options.put("indicator", indicatorLabels(language).entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue())).toList());
        return options;
    }

    /** Labels of every facet value, for the charts (pledges.js reads them from a data attribute). */
    private Map<String, Map<String, String>> labels(Language language) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        options(language, List.of()).forEach((facet, list) -> {
            Map<String, String> map = new LinkedHashMap<>();
            list.forEach(o -> map.put(o.value(), facet.equals("objective") ? message("pledge.objectiveShort",
                    o.value()) : o.label()));
            labels.put(facet, map);
        });
        labels.get("status").put("draft", message("pledge.status.draft"));
        labels.get("status").put("submitted", message("pledge.status.submitted"));
        Map<String, String> fulfilment = new LinkedHashMap<>();
        for (int b = 0; b < 100; b += 20) {
            fulfilment.put(String.valueOf(b), b + "–" + (b + 20) + " %");
        }
        fulfilment.put("100", "100 %");
        labels.put("fulfilment", fulfilment);
        return labels;
    }

    /** The indicators a target may name ({@code scheme:code} → "code · label"), from the taxonomy's list. */
    private Map<String, String> indicatorLabels(Language language) {
        Map<String, String> map = new LinkedHashMap<>();
        for (var scheme : PledgeRules.INDICATOR_SCHEMES) {
            framework.terms(scheme, language).stream().filter(t -> t.code().chars().filter(c -> c == '.').count() == 2)
                    .forEach(t -> map.put(scheme.code() + ":" + t.code(), t.code() + " · " + t.label()));
        }
        return map;
    }

    private Map<Integer, String> objectiveTitles(Language language) {
        Map<Integer, String> map = new LinkedHashMap<>();
        framework.objectives(language).forEach(o -> map.put(o.number(), o.shortTitle()));
        return map;
    }

    private Map<String, String> principleTitles(Language language) {
        Map<String, String> map = new LinkedHashMap<>();
        framework.principles(language).forEach(p -> map.put(p.code(), p.title()));
        return map;
    }

    private Map<String, String> countryNames(Language language) {
        Map<String, String> map = new LinkedHashMap<>();
        framework.countries(language).forEach(c -> map.put(c.code(), c.name()));
        return map;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
