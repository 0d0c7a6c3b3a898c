package org.pacto.practices.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.practices.domain.Decisions;
import org.pacto.practices.domain.PeerReview;
import org.pacto.practices.domain.Practice;
import org.pacto.practices.domain.PracticeInput;
import org.pacto.practices.domain.PracticeValidation;
import org.pacto.practices.domain.PracticeView;
import org.pacto.practices.domain.PracticeViews;
import org.pacto.practices.domain.ReviewDesk;
import org.pacto.practices.domain.Submissions;
import org.pacto.practices.search.PracticeSearch;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

    private final PracticeViews views;
    private final Submissions submissions;
    private final ReviewDesk reviewDesk;
    private final Decisions decisions;
    private final Duplicates duplicates;
    private final PracticeSearch search;
    private final Actors actors;

    PracticesApi(PracticeViews views, Submissions submissions, ReviewDesk reviewDesk, Decisions decisions,
                 Duplicates duplicates, PracticeSearch search, Actors actors) {
        this.views = views;
        this.submissions = submissions;
        this.reviewDesk = reviewDesk;
        this.decisions = decisions;
        this.duplicates = duplicates;
        this.search = search;
        this.actors = actors;
    }

    /** A page of search results with the facet counts of the whole result. */
    record SearchAnswer(long total, int page, int size, List<PracticeSearch.Hit> items,
                        Map<String, List<PracticeSearch.Facet>> facets) {
    }

    @GetMapping
    SearchAnswer search(HttpServletRequest request) {
        var query = query(request, display());
        var result = search.search(query);
        return new SearchAnswer(result.total(), query.page(), query.size(), result.items(), result.facets());
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
        int size = intParam(request, "size", 20);
        if (size < 1 || size > PracticeSearch.MAX_SIZE) {
            throw new InvalidInputException(new FieldProblem("size", "out-of-range", 1, PracticeSearch.MAX_SIZE));
        }
        int page = intParam(request, "page", 1);
        if (page < 1 || (long) page * size > 10_000) {
            throw new InvalidInputException(new FieldProblem("page", "out-of-range", 1, 10_000 / size));
        }
        String q = request.getParameter("q");
        if (q != null && q.length() > 500) {
            throw new InvalidInputException(new FieldProblem("q", "too-long", 500));
        }
        return new PracticeSearch.Query(q, filters, sort, page, size, PUBLIC, display);
    }

    private static int intParam(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(new FieldProblem(name, "not-a-number", value));
        }
    }

    static String display() {
        return Language.of(LocaleContextHolder.getLocale()).code();
    }

    @GetMapping("/{id}")
    PracticeView practice(@PathVariable String id) {
        return views.view(actors.current(), id);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('FOCAL_POINT', 'MEMBER')")
    ResponseEntity<Created> create(@RequestBody PracticeInput body) {
        var created = Created.of(submissions.create(actor(), body));
        return ResponseEntity.created(URI.create("/api/v1/practices/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    PracticeView edit(@PathVariable String id, @RequestBody PracticeInput body) {
        Actor actor = actor();
        submissions.edit(actor, id, body);
        return views.view(Optional.of(actor), id);
    }

    @GetMapping("/{id}/check")
    @PreAuthorize("isAuthenticated()")
    Submitted check(@PathVariable String id) {
        var practice = views.view(Optional.of(actor()), id);
        return Submitted.check(practice, duplicates.of(practice, display()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("isAuthenticated()")
    Submitted submit(@PathVariable String id) {
        Actor actor = actor();
        List<String> warnings = submissions.submit(actor, id);
        var practice = views.view(Optional.of(actor), id);
        return new Submitted(id, practice.status(), warnings, duplicates.of(practice, display()));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("isAuthenticated()")
    Created withdraw(@PathVariable String id) {
        return Created.of(submissions.withdraw(actor(), id));
    }

    record Reviewers(@Nullable List<String> reviewers) {
    }

    @PostMapping("/{id}/reviewers")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    PracticeViews.Assignment assign(@PathVariable String id, @RequestBody Reviewers body) {
        Actor actor = actor();
        reviewDesk.assign(actor, id, body.reviewers() == null ? List.of() : body.reviewers());
        return views.assignment(actor, id);
    }

    @GetMapping("/{id}/reviewers")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    PracticeViews.Assignment reviewers(@PathVariable String id) {
        return views.assignment(actor(), id);
    }

    @GetMapping("/{id}/reviewer-suggestions")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    List<ReviewDesk.Suggestion> suggestions(@PathVariable String id) {
        return reviewDesk.suggestions(actor(), id);
    }

    record Declaration(String id, boolean noConflictOfInterest) {
    }

    /** The reviewer declares no conflict of interest (before reading the practice). */
    @PostMapping("/{id}/declaration")
    @PreAuthorize("hasRole('REVIEWER')")
    Declaration declare(@PathVariable String id) {
        reviewDesk.declareNoConflict(actor(), id);
        return new Declaration(id, true);
    }

    record ReviewSent(String id, int round, String recommendation) {

        static ReviewSent of(PeerReview review) {
            return new ReviewSent(review.id().toString(), review.round(), review.recommendation());
        }
    }

    @PostMapping("/{id}/reviews")
    @PreAuthorize("hasRole('REVIEWER')")
    ResponseEntity<ReviewSent> review(@PathVariable String id, @RequestBody ReviewDesk.ReviewInput body) {
        return ResponseEntity.status(201).body(ReviewSent.of(reviewDesk.review(actor(), id, body)));
    }

    @GetMapping("/{id}/reviews")
    @PreAuthorize("isAuthenticated()")
    ReviewDesk.ReviewsView reviews(@PathVariable String id) {
        return reviewDesk.reviews(actor(), id);
    }

    record Decision(@Nullable String decision, @Nullable String reason) {
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    Created decide(@PathVariable String id, @RequestBody Decision body) {
        return Created.of(decisions.decide(actor(), id, body.decision(), body.reason()));
    }

    @GetMapping("/{id}/contact")
    @PreAuthorize("isAuthenticated()")
    PracticeViews.ContactView contact(@PathVariable String id) {
        return views.contact(actor(), id);
    }

    @GetMapping("/{id}/history")
    List<PracticeViews.Version> history(@PathVariable String id) {
        return views.history(actors.current(), id);
    }

    @GetMapping("/{id}/similar")
    List<Duplicates.Similar> similar(@PathVariable String id) {
        return duplicates.published(views.view(actors.current(), id), display());
    }

    /** Where a practice stands after an action. */
    record Created(String id, String status) {

        static Created of(Practice practice) {
            return new Created(practice.id().toString(), practice.status().code());
        }
    }

    record Submitted(String id, String status, List<String> warnings, List<Duplicates.Similar> possibleDuplicates) {

        /** What a submitter sees before sending: unexplained acronyms and likely duplicates. */
        static Submitted check(PracticeView practice, List<Duplicates.Similar> duplicates) {
            return new Submitted(practice.id(), practice.status(), PracticeValidation.unexplainedAcronyms(
                    practice.title(), practice.summary(), practice.description()), duplicates);
        }
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
