package org.pacto.practices.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.pacto.identity.Actors;
import org.pacto.platform.Language;
import org.pacto.platform.PageController;
import org.pacto.practices.domain.PracticeCalls;
import org.pacto.practices.domain.PracticeView;
import org.pacto.practices.domain.PracticeViews;
import org.pacto.practices.search.PracticeSearch;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/** The repository's public pages: search and the practice page. */
@PageController
class PracticePages {

    private final PracticeViews views;
    private final PracticeCalls calls;
    private final Duplicates duplicates;
    private final PracticeSearch search;
    private final Framework framework;
    private final MessageSource messages;
    private final Actors actors;

    PracticePages(PracticeViews views, PracticeCalls calls, Duplicates duplicates, PracticeSearch search,
                  Framework framework, MessageSource messages, Actors actors) {
        this.views = views;
        this.calls = calls;
        this.duplicates = duplicates;
        this.search = search;
        this.framework = framework;
        this.messages = messages;
        this.actors = actors;
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
            case "call" -> calls.all().stream().filter(c -> c.id().toString().equals(key))
                    .map(c -> c.title()).findFirst().orElse(key);
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
        PracticeViews.PracticePage page = views.page(actors.current(), id);
        PracticeView practice = page.practice();
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
        model.addAttribute("similar", practice.status().startsWith("published")
                ? duplicates.published(practice, l.code()) : List.of());
        model.addAttribute("maySubmit", page.maySubmit());
        model.addAttribute("staff", page.staff());
        model.addAttribute("mine", page.mine());
        model.addAttribute("mayPropose", page.mayPropose());
        model.addAttribute("pendingVersion", page.pendingVersion());
        model.addAttribute("versions", page.versions());
        model.addAttribute("labels", new Labels(this));
        return "practices/practice";
    }
}
