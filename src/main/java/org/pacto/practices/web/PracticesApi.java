package org.pacto.practices.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.platform.Paging;
import org.pacto.practices.domain.ReviewDesk;
import org.pacto.practices.domain.PracticeInput;
import org.pacto.practices.search.PracticeSearch;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The repository of good practices over JSON: search, submission, peer review and decision. */
@RestController
@RequestMapping("/api/v1/practices")
class PracticesApi {

    static final List<String> PUBLIC = List.of("published", "published-as-promising");

    private final PracticeDesk desk;
    private final PracticeSearch search;

    PracticesApi(PracticeDesk desk, PracticeSearch search) {
        this.desk = desk;
        this.search = search;
    }

    @GetMapping
    Map<String, Object> search(HttpServletRequest request) {
        var result = search.search(query(request, display()));
        var body = new LinkedHashMap<String, Object>();
        body.put("total", result.total());
        var paging = Paging.of(request.getParameter("page"), request.getParameter("size"));
        body.put("page", paging.page());
        body.put("size", paging.size());
        // size 0 asks for the total and the facets only (platform.Paging)
        body.put("items", paging.size() == 0 ? List.of() : result.items());
        body.put("facets", result.facets());
        return body;
    }

    /** Reads the shareable search parameters (the same on the page, the API and the exports). */
    static PracticeSearch.Query query(HttpServletRequest request, String display) {
        return query(request, display, "lang");
    }

    /** On pages {@code lang} switches the interface language, so the language filter is named {@code language}. */
    static PracticeSearch.Query query(HttpServletRequest request, String display, String languageParam) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : PracticeSearch.FACETS) {
            String param = facet.equals("language") ? languageParam : facet;
            String[] values = request.getParameterValues(param);
            if (values != null) {
                List<String> list = new ArrayList<>();
                for (String value : values) {
                    for (String part : value.split(",")) {
                        if (!part.isBlank()) {
                            list.add(part.trim());
                        }
                    }
                }
                filters.put(facet, list);
            }
        }
        String sort = request.getParameter("sort") == null ? "relevance" : request.getParameter("sort");
        if (!List.of("relevance", "date", "date-asc").contains(sort)) {
            throw new InvalidInputException(new FieldProblem("sort", "unknown-sort", sort));
        }
        // one convention for every list: page from 1, size 0–100, no deeper than 10,000 results
        var paging = Paging.of(request.getParameter("page"), request.getParameter("size"));
        String q = request.getParameter("q");
        if (q != null && q.length() > 500) {
            throw new InvalidInputException(new FieldProblem("q", "too-long", 500));
        }
        return new PracticeSearch.Query(q, filters, sort, paging.page(), paging.size(), PUBLIC, display);
    }

    static String display() {
        return Language.of(LocaleContextHolder.getLocale()).code();
    }

    @GetMapping("/{id}")
    PracticeView practice(@PathVariable String id) {
        return desk.view(id);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('FOCAL_POINT', 'MEMBER')")
    ResponseEntity<PracticeDesk.Created> create(@RequestBody PracticeInput body) {
        var created = desk.create(body);
        return ResponseEntity.created(URI.create("/api/v1/practices/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    PracticeView edit(@PathVariable String id, @RequestBody PracticeInput body) {
        return desk.edit(id, body);
    }

    @GetMapping("/{id}/check")
    @PreAuthorize("isAuthenticated()")
    PracticeDesk.Submitted check(@PathVariable String id) {
        return desk.check(id, display());
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("isAuthenticated()")
    PracticeDesk.Submitted submit(@PathVariable String id) {
        return desk.submit(id, display());
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("isAuthenticated()")
    PracticeDesk.Created withdraw(@PathVariable String id) {
        return desk.withdraw(id);
    }

    record Reviewers(@Nullable List<String> reviewers) {
    }

    @PostMapping("/{id}/reviewers")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    PracticeDesk.Assignment assign(@PathVariable String id, @RequestBody Reviewers body) {
        return desk.assign(id, body.reviewers() == null ? List.of() : body.reviewers());
    }

    @GetMapping("/{id}/reviewers")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    PracticeDesk.Assignment reviewers(@PathVariable String id) {
        return desk.assigned(id);
    }

    @GetMapping("/{id}/reviewer-suggestions")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    List<ReviewDesk.Suggestion> suggestions(@PathVariable String id) {
        return desk.suggestions(id);
    }

    /** The reviewer declares no conflict of interest (before reading the practice). */
    @PostMapping("/{id}/declaration")
    @PreAuthorize("hasRole('REVIEWER')")
    Map<String, Object> declare(@PathVariable String id) {
        desk.declare(id);
        return Map.of("id", id, "noConflictOfInterest", true);
    }

    @PostMapping("/{id}/reviews")
    @PreAuthorize("hasRole('REVIEWER')")
    ResponseEntity<PracticeDesk.ReviewSent> review(@PathVariable String id, @RequestBody ReviewDesk.ReviewInput body) {
        return ResponseEntity.status(201).body(desk.review(id, body));
    }

    @GetMapping("/{id}/reviews")
    @PreAuthorize("isAuthenticated()")
    ReviewDesk.ReviewsView reviews(@PathVariable String id) {
        return desk.reviews(id);
    }

    record Decision(@Nullable String decision, @Nullable String reason) {
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    PracticeDesk.Created decide(@PathVariable String id, @RequestBody Decision body) {
        return desk.decide(id, body.decision(), body.reason());
    }

    @GetMapping("/{id}/contact")
    @PreAuthorize("isAuthenticated()")
    Map<String, Object> contact(@PathVariable String id) {
        return desk.contact(id);
    }

    @GetMapping("/{id}/history")
    List<PracticeDesk.Version> history(@PathVariable String id) {
        return desk.history(id);
    }

    @GetMapping("/{id}/similar")
    List<PracticeDesk.Similar> similar(@PathVariable String id) {
        return desk.similar(id, display());
    }
}
