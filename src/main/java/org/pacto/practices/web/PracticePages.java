package org.pacto.practices.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.Language;
import org.pacto.platform.PageController;
import org.pacto.practices.calculation.ReviewRules;
import org.pacto.practices.domain.PracticeBook;
import org.pacto.practices.domain.PracticeInput;
import org.pacto.practices.domain.PracticeValidation;
import org.pacto.practices.search.PracticeSearch;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/** The repository's pages: search, practice, submission form, screening, review and decision. */
@PageController
class PracticePages {

    private final PracticeDesk desk;
    private final PracticeSearch search;
    private final Framework framework;
    private final MessageSource messages;

    PracticePages(PracticeDesk desk, PracticeSearch search, Framework framework, MessageSource messages) {
        this.desk = desk;
        this.search = search;
        this.framework = framework;
        this.messages = messages;
    }

    static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    // ---- finding ----

    record FacetLink(String key, String label, long count, boolean selected, String href) {
    }

    record FacetGroup(String name, List<FacetLink> links) {
    }

    record Row(PracticeSearch.Hit hit, String titleHtml, String snippetHtml) {
    }

    @GetMapping("/practices")
    String search(HttpServletRequest request, Model model) {
        var query = PracticesApi.query(request, language().code(), "language");
        var result = search.search(query);
        String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        List<FacetGroup> groups = new ArrayList<>();
        result.facets().forEach((facet, counts) -> {
            String param = facet;
            List<String> selected = query.filters().getOrDefault(facet, List.of());
            List<FacetLink> links = counts.stream().limit(30).map(f -> new FacetLink(f.key(), label(facet, f.key()),
                    f.count(), selected.contains(f.key()), toggle(here, param, f.key(), selected))).toList();
            if (!links.isEmpty()) {
                groups.add(new FacetGroup(facet, links));
            }
        });
        model.addAttribute("rows", result.items().stream().map(h -> new Row(h,
                h.titleHighlights().isEmpty() ? HtmlUtils.htmlEscape(h.title()) : marked(h.titleHighlights().getFirst()),
                h.summaryHighlights().isEmpty() ? HtmlUtils.htmlEscape(shorten(h.summary()))
                        : marked(String.join(" … ", h.summaryHighlights())))).toList());
        model.addAttribute("total", result.total());
        model.addAttribute("groups", groups);
        model.addAttribute("q", query.text() == null ? "" : query.text());
        model.addAttribute("sort", query.sort());
        long pages = Math.max(1, (result.total() + query.size() - 1) / query.size());
        model.addAttribute("page", query.page());
        model.addAttribute("pages", pages);
        model.addAttribute("previousHref", query.page() > 1 ? replace(here, "page", query.page() - 1) : null);
        model.addAttribute("nextHref", query.page() < pages ? replace(here, "page", query.page() + 1) : null);
        String params = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        model.addAttribute("csvHref", "/practices/export.csv" + params);
        model.addAttribute("jsonHref", "/practices/export.json" + params);
        model.addAttribute("xlsxHref", "/practices/export.xlsx" + params);
        model.addAttribute("filtered", !query.filters().isEmpty());
        model.addAttribute("labels", new Labels(this));
        if ("true".equals(request.getHeader("HX-Request"))) {
            return "practices/search :: results";
        }
        return "practices/search";
    }

    /** Labels for codes, used by the templates. */
    record Labels(PracticePages pages) {
        public String of(String facet, String key) {
            return pages.label(facet, key);
        }
    }

    String label(String facet, String key) {
        Language l = language();
        return switch (facet) {
            case "objective" -> framework.objective(number(key), l).map(o -> key + ". " + o.shortTitle()).orElse(key);
            case "principle" -> framework.principle(key, l).map(p -> p.title()).orElse(key);
            case "country" -> framework.country(key, l).map(c -> c.name()).orElse(key);
            case "region" -> framework.region(key, l).map(r -> r.name()).orElse(key);
            case "theme" -> framework.terms(Scheme.THEME, l).stream().filter(t -> t.code().equals(key))
                    .map(t -> t.label()).findFirst().orElse(key);
            case "language" -> Language.fromCode(key).map(Language::nativeName).orElse(key);
            case "level", "type" -> messages.getMessage("practice." + facet + "." + key, null, key,
                    LocaleContextHolder.getLocale());
            case "call" -> desk.calls().getOrDefault(key, key);
            default -> key;
        };
    }

    private static int number(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String marked(String highlighted) {
        return HtmlUtils.htmlEscape(highlighted).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>");
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "…";
    }

    private static String toggle(String here, String param, String value, List<String> selected) {
        var builder = UriComponentsBuilder.fromUriString(here).replaceQueryParam("page");
        List<String> values = new ArrayList<>(selected);
        if (values.contains(value)) {
            values.remove(value);
        } else {
            values.add(value);
        }
        builder.replaceQueryParam(param, values.toArray());
        return builder.encode().build().toUriString();
    }

    private static String replace(String here, String param, Object value) {
        return UriComponentsBuilder.fromUriString(here).replaceQueryParam(param, value).encode().build().toUriString();
    }

    @GetMapping("/practices/{id:[0-9a-f-]{36}}")
    String practice(@PathVariable String id, Model model) {
        PracticeView practice = desk.view(id);
        Language l = language();
        model.addAttribute("practice", practice);
        model.addAttribute("shownTitle", practice.titleIn(l.code()));
        model.addAttribute("shownSummary", practice.summaryIn(l.code()));
        model.addAttribute("translated", practice.translatedTo(l.code()));
        model.addAttribute("objectives", practice.objectives().stream()
                .map(n -> framework.objective(n, l).orElseThrow()).toList());
        model.addAttribute("principles", practice.principles().stream()
                .map(c -> framework.principle(c, l).orElseThrow()).toList());
        model.addAttribute("countryNames", practice.countries().stream()
                .map(c -> framework.country(c, l).map(x -> x.name()).orElse(c)).toList());
        model.addAttribute("themeNames", practice.themes().stream().map(t -> label("theme", t)).toList());
        model.addAttribute("similar", practice.status().startsWith("published") ? desk.similar(id, l.code()) : List.of());
        model.addAttribute("maySubmit", desk.maySubmit(id));
        model.addAttribute("staff", desk.staff());
        model.addAttribute("mine", desk.mine(id).orElse(null));
        model.addAttribute("labels", new Labels(this));
        return "practices/practice";
    }

    // ---- submitting ----

    @GetMapping("/practices/new")
    String newPractice(Model model) {
        requireSignedIn();
        form(model, Map.of(), Map.of(), null);
        return "practices/form";
    }

    @PostMapping("/practices/new")
    String create(@RequestParam MultiValueMap<String, String> form, Model model) {
        requireSignedIn();
        try {
            var created = desk.create(input(form));
            return "redirect:/practices/" + created.id() + "/edit?saved";
        } catch (InvalidInputException e) {
            form(model, form.toSingleValueMap(), errors(e), null);
            return "practices/form";
        }
    }

    @GetMapping("/practices/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        PracticeView practice = desk.view(id);
        if (!desk.maySubmit(id)) {
            throw new AccessDeniedException("edit");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("language", practice.language());
        values.put("title", practice.title());
        values.put("summary", practice.summary());
        values.put("description", practice.description());
        values.put("type", practice.type());
        values.put("level", practice.level());
        values.put("startDate", practice.startDate() == null ? "" : practice.startDate().toString());
        values.put("endDate", practice.endDate() == null ? "" : practice.endDate().toString());
        values.put("objectives", String.join(",", practice.objectives().stream().map(String::valueOf).toList()));
        values.put("principles", String.join(",", practice.principles()));
        values.put("countries", String.join(",", practice.countries()));
        values.put("themes", String.join(",", practice.themes()));
        values.put("sdgTargets", String.join(",", practice.sdgTargets()));
        values.put("links", String.join("\n", practice.links()));
        values.put("partners", String.join("\n", practice.partners()));
        values.put("locality", nz(practice.locality()));
        values.put("targetPopulation", nz(practice.targetPopulation()));
        values.put("results", nz(practice.results()));
        values.put("monitoring", nz(practice.monitoring()));
        values.put("lessons", nz(practice.lessons()));
        values.put("replication", nz(practice.replication()));
        values.put("budget", nz(practice.budget()));
        form(model, values, Map.of(), practice);
        return "practices/form";
    }

    @PostMapping("/practices/{id}/edit")
    String update(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            desk.edit(id, input(form));
            return "redirect:/practices/" + id + "/edit?saved";
        } catch (InvalidInputException e) {
            form(model, form.toSingleValueMap(), errors(e), desk.view(id));
            return "practices/form";
        }
    }

    @GetMapping("/practices/{id}/submit")
    String confirm(@PathVariable String id, Model model) {
        if (!desk.maySubmit(id)) {
            throw new AccessDeniedException("submit");
        }
        model.addAttribute("practice", desk.view(id));
        model.addAttribute("check", desk.check(id, language().code()));
        return "practices/submit";
    }

    @PostMapping("/practices/{id}/submit")
    String submit(@PathVariable String id, Model model) {
        try {
            desk.submit(id, language().code());
            return "redirect:/practices/" + id + "?submitted";
        } catch (InvalidInputException e) {
            model.addAttribute("practice", desk.view(id));
            model.addAttribute("check", desk.check(id, language().code()));
            model.addAttribute("errors", errors(e));
            return "practices/submit";
        }
    }

    private void form(Model model, Map<String, String> values, Map<String, String> errors, @Nullable PracticeView practice) {
        Language l = language();
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", practice);
        model.addAttribute("allObjectives", framework.objectives(l));
        model.addAttribute("allPrinciples", framework.principles(l));
        model.addAttribute("allThemes", framework.terms(Scheme.THEME, l));
        model.addAttribute("types", PracticeValidation.TYPES);
        model.addAttribute("levels", PracticeValidation.LEVELS);
        model.addAttribute("languageCodes", Language.codes());
        model.addAttribute("selectedObjectives", List.of(values.getOrDefault("objectives", "").split(",")));
        model.addAttribute("selectedPrinciples", List.of(values.getOrDefault("principles", "").split(",")));
        model.addAttribute("selectedThemes", List.of(values.getOrDefault("themes", "").split(",")));
    }

    private Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.merge(p.field().replaceAll("\\[\\d+]$", ""), messages.getMessage(
                "problem." + p.code(), p.arguments().toArray(), p.code(), LocaleContextHolder.getLocale()),
                (a, b) -> a + " " + b));
        return errors;
    }

    private static PracticeInput input(MultiValueMap<String, String> form) {
        List<Integer> objectives = new ArrayList<>();
        for (String value : many(form, "objectives")) {
            try {
                objectives.add(Integer.valueOf(value));
            } catch (NumberFormatException e) {
                objectives.add(-1);
            }
        }
        List<String> partners = form.getFirst("partners") == null ? List.of()
                : form.getFirst("partners").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        var contactName = form.getFirst("contactName");
        var contact = contactName == null || contactName.isBlank() ? null
                : new PracticeInput.Contact(contactName, form.getFirst("contactEmail"), form.getFirst("contactPhone"));
        return new PracticeInput(form.getFirst("language"), form.getFirst("title"), form.getFirst("summary"),
                form.getFirst("description"), null, partners, form.getFirst("type"), form.getFirst("startDate"),
                form.getFirst("endDate"), !"false".equals(form.getFirst("implemented")), form.getFirst("level"),
                many(form, "countries"), form.getFirst("locality"), null, null, objectives, many(form, "principles"),
                many(form, "sdgTargets"), many(form, "themes"), form.getFirst("targetPopulation"), form.getFirst("results"),
                form.getFirst("monitoring"), form.getFirst("lessons"), form.getFirst("replication"),
                form.getFirst("budget"), form.getFirst("links") == null ? List.of() : form.getFirst("links").lines()
                .map(String::strip).filter(s -> !s.isEmpty()).toList(), null, contact);
    }

    private static List<String> many(MultiValueMap<String, String> form, String name) {
        List<String> values = new ArrayList<>();
        for (String value : form.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    private static String nz(@Nullable String value) {
        return value == null ? "" : value;
    }

    private void requireSignedIn() {
        if (!org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                .isAuthenticated() || "anonymousUser".equals(org.springframework.security.core.context
                .SecurityContextHolder.getContext().getAuthentication().getPrincipal())) {
            throw new AccessDeniedException("sign in");
        }
    }

    // ---- screening, review and decision ----

    @GetMapping("/practices/{id}/screening")
    String screening(@PathVariable String id, Model model) {
        if (!desk.staff()) {
            throw new AccessDeniedException("secretariat");
        }
        model.addAttribute("practice", desk.view(id));
        model.addAttribute("assignment", desk.assigned(id));
        model.addAttribute("suggestions", desk.suggestions(id));
        model.addAttribute("reviews", desk.reviews(id));
        model.addAttribute("criteria", ReviewRules.CRITERIA);
        return "practices/screening";
    }

    @PostMapping("/practices/{id}/reviewers")
    String assign(@PathVariable String id, @RequestParam(name = "reviewers", required = false) List<String> reviewers,
                  Model model) {
        try {
            desk.assign(id, reviewers == null ? List.of() : reviewers);
            return "redirect:/practices/" + id + "/screening";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            return screening(id, model);
        }
    }

    @PostMapping("/practices/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, Model model) {
        try {
            desk.decide(id, decision, reason);
            return "redirect:/practices/" + id + "/screening";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            return screening(id, model);
        }
    }

    @GetMapping("/practices/{id}/review")
    String review(@PathVariable String id, Model model) {
        var mine = desk.mine(id).orElseThrow(() -> new AccessDeniedException("not assigned"));
        model.addAttribute("mine", mine);
        model.addAttribute("criteria", ReviewRules.CRITERIA);
        model.addAttribute("recommendations", ReviewRules.RECOMMENDATIONS);
        model.addAttribute("practiceId", id);
        if (mine.declared()) {
            model.addAttribute("practice", desk.view(id));
            model.addAttribute("reviews", desk.reviews(id));
        }
        return "practices/review";
    }

    @PostMapping("/practices/{id}/declaration")
    String declare(@PathVariable String id) {
        desk.declare(id);
        return "redirect:/practices/" + id + "/review";
    }

    @PostMapping("/practices/{id}/review")
    String sendReview(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String criterion : ReviewRules.CRITERIA) {
            try {
                scores.put(criterion, Integer.valueOf(form.getFirst(criterion)));
            } catch (NumberFormatException | NullPointerException e) {
                // missing: reported by the rules
            }
        }
        try {
            desk.review(id, new PracticeBook.ReviewInput(scores, form.getFirst("recommendation"),
                    form.getFirst("comment"), null));
            return "redirect:/practices/" + id + "/review";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            return review(id, model);
        }
    }
}
