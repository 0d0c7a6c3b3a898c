package org.pacto.services.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.pacto.platform.Paging;
import org.pacto.services.domain.Cards;
import org.pacto.services.domain.ServiceKind;
import org.pacto.services.domain.ServiceOffered;
import org.pacto.services.domain.ServicePointFilter;
import org.pacto.services.domain.ServicePointSearch;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/** The public pages: the service points (map, filters, list, printable as a leaflet), one point, a card's check. */
@PageController
class ServicePages {

    /** Languages offered in the filter: Pacto's four and those the seeds' regions speak most. */
    static final List<String> LANGUAGES = List.of("es", "en", "fr", "pt", "qu", "ay", "gn", "ht", "ar");
    private static final int PAGE_SIZE = 20;

    private final ServicePointSearch search;
    private final Cards cards;

    ServicePages(ServicePointSearch search, Cards cards) {
        this.search = search;
        this.cards = cards;
    }

    @GetMapping("/services")
    String list(@ModelAttribute ServicePointFilter given, Paging paging,
                @org.springframework.web.bind.annotation.RequestParam(required = false) @Nullable String spoken,
                Model model) {
        // on pages "lang" chooses the interface language (platform.web), so the spoken-language filter is "spoken"
        var filter = new ServicePointFilter(given.near(), given.radiusKm(), given.service(), spoken,
                given.childSensitive(), given.kind(), given.locality(), given.q(), given.openNow());
        var result = search.search(filter, new Paging(paging.page(), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("page", paging.page());
        model.addAttribute("pages", new Paging(paging.page(), PAGE_SIZE).pages(result.total()));
        model.addAttribute("kinds", java.util.Arrays.stream(ServiceKind.values()).map(ServiceKind::code).toList());
        model.addAttribute("offered", java.util.Arrays.stream(ServiceOffered.values()).map(ServiceOffered::code)
                .toList());
        model.addAttribute("spokenLanguages", LANGUAGES);
        model.addAttribute("mapApi", query(filter, "/api/v1/services/points").queryParam("size", 100)
                .build().encode().toUriString());
        model.addAttribute("pageLink", query(filter, "/services").build().encode().toUriString());
        return "services/list";
    }

    @GetMapping("/services/points/{id:[0-9a-fA-F-]{36}}")
    String point(@PathVariable UUID id, Model model) {
        model.addAttribute("point", search.one(id));
        return "services/point";
    }

    @GetMapping("/card/verify/{token}")
    String verify(@PathVariable String token, Model model) {
        String status;
        try {
            status = cards.verify(token);
        } catch (NotFoundException e) {
            status = "unknown";
        }
        model.addAttribute("status", status);
        return "services/verify";
    }

    private static UriComponentsBuilder query(ServicePointFilter f, String path) {
        var b = UriComponentsBuilder.fromPath(path);
        add(b, "q", f.q());
        add(b, "service", f.service());
        add(b, path.startsWith("/api") ? "lang" : "spoken", f.lang());
        add(b, "kind", f.kind());
        add(b, "locality", f.locality());
        if (Boolean.TRUE.equals(f.childSensitive())) {
            b.queryParam("childSensitive", true);
        }
        if (Boolean.TRUE.equals(f.openNow())) {
            b.queryParam("openNow", true);
        }
        return b;
    }

    private static void add(UriComponentsBuilder b, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
    }
}
