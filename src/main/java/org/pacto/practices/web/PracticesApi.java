package org.pacto.practices.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.pacto.platform.Paging;
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
@Tag(name = "practices", description = "The Repository of Good Practices: full-text search with facets, submission of practices by organisations, peer review against the eight criteria, decisions, updates, collections and calls for practices. Published practices are public; contacts of the people behind a practice are only for signed-in users and audited.")
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

    @Operation(summary = "Search published practices",
            description = "Full-text search over published practices in every language, with facets (objectives, principles, countries, regions, level, type, language, year) counted over the whole result. Public; only published practices are found. Facet filters repeat or take comma-separated values.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to search for (at most 500 characters).", example = "documentación")
    @Parameter(name = "objective", in = ParameterIn.QUERY, description = "GCM objective numbers (1–23).", example = "16")
    @Parameter(name = "principle", in = ParameterIn.QUERY, description = "GCM guiding principle codes.", example = "people-centred")
    @Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166-1 alpha-2 country codes.", example = "AR")
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "UN M49 region codes.", example = "419")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "Language of the practice (es, en, fr, pt); also the language of the answer's labels.", example = "es")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "`relevance` (default), `date` (newest first) or `date-asc`.", schema = @Schema(type = "string", allowableValues = {"relevance", "date", "date-asc"}))
    @GetMapping
    SearchAnswer search(HttpServletRequest request) {
        var query = query(request, display());
        var result = search.search(query);
        var paging = Paging.of(request.getParameter("page"), request.getParameter("size"));
        // size 0 asks for the total and the facets only (platform.Paging)
        return new SearchAnswer(result.total(), paging.page(), paging.size(),
                paging.size() == 0 ? List.of() : result.items(), result.facets());
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

    @Operation(summary = "Read a practice",
            description = "One practice with its description, objectives, principles, places and results. Published ones are public; drafts and those under review only to their organisation, its reviewers and the secretariat (404 to others). Contact people are not included (see `/contact`).")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @GetMapping("/{id}")
    PracticeView practice(@PathVariable String id) {
        return views.view(actors.current(), id);
    }

    @Operation(summary = "Create a practice draft",
            description = "Creates a draft practice of the caller's organisation. Members and focal points. Answers 201 with the id; the draft stays private until submitted and published.")
    @PostMapping
    @PreAuthorize("hasAnyRole('FOCAL_POINT', 'MEMBER')")
    ResponseEntity<Created> create(@RequestBody PracticeInput body) {
        var created = Created.of(submissions.create(actor(), body));
        return ResponseEntity.created(URI.create("/api/v1/practices/" + created.id())).body(created);
    }

    @Operation(summary = "Change a practice draft",
            description = "Replaces a draft (or a practice returned for changes) with new content. Its organisation only.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @PutMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    PracticeView edit(@PathVariable String id, @RequestBody PracticeInput body) {
        Actor actor = actor();
        submissions.edit(actor, id, body);
        return views.view(Optional.of(actor), id);
    }

    @Operation(summary = "Check a draft before submission",
            description = "What would stop the draft from being submitted, with warnings and similar published practices. Its organisation only; changes nothing.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @GetMapping("/{id}/check")
    @PreAuthorize("isAuthenticated()")
    Submitted check(@PathVariable String id) {
        var practice = views.view(Optional.of(actor()), id);
        return Submitted.check(practice, duplicates.of(practice, display()));
    }

    @Operation(summary = "Submit a practice for review",
            description = "Sends a complete draft to the secretariat for screening and peer review. Its organisation only; answers its new status with warnings and similar practices.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/{id}/submit")
    @PreAuthorize("isAuthenticated()")
    Submitted submit(@PathVariable String id) {
        Actor actor = actor();
        List<String> warnings = submissions.submit(actor, id);
        var practice = views.view(Optional.of(actor), id);
        return new Submitted(id, practice.status(), warnings, duplicates.of(practice, display()));
    }

    @Operation(summary = "Withdraw a practice",
            description = "Takes a submitted practice back to draft. Its organisation only.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/{id}/withdraw")
    @PreAuthorize("isAuthenticated()")
    Created withdraw(@PathVariable String id) {
        return Created.of(submissions.withdraw(actor(), id));
    }

    record Reviewers(@Nullable List<String> reviewers) {
    }

    @Operation(summary = "Assign reviewers",
            description = "The secretariat assigns peer reviewers to a submitted practice (internal and external).")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/{id}/reviewers")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    PracticeViews.Assignment assign(@PathVariable String id, @RequestBody Reviewers body) {
        Actor actor = actor();
        reviewDesk.assign(actor, id, body.reviewers() == null ? List.of() : body.reviewers());
        return views.assignment(actor, id);
    }

    @Operation(summary = "Read a practice's reviewers",
            description = "The reviewers assigned to a practice and where each stands. Secretariat or admin only.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @GetMapping("/{id}/reviewers")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    PracticeViews.Assignment reviewers(@PathVariable String id) {
        return views.assignment(actor(), id);
    }

    @Operation(summary = "Suggest reviewers",
            description = "Reviewers suggested for a practice by expertise and languages, without conflicts of interest. Secretariat or admin only.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @GetMapping("/{id}/reviewer-suggestions")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    List<ReviewDesk.Suggestion> suggestions(@PathVariable String id) {
        return reviewDesk.suggestions(actor(), id);
    }

    record Declaration(String id, boolean noConflictOfInterest) {
    }

    /** The reviewer declares no conflict of interest (before reading the practice). */
    @Operation(summary = "Declare no conflict of interest",
            description = "An assigned reviewer declares no conflict of interest, which they must do before reading the practice. Reviewers only.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
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

    @Operation(summary = "Send a review",
            description = "An assigned reviewer's scores on the eight criteria and recommendation. Sending the same review again answers as the first time. Answers 201.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/{id}/reviews")
    @PreAuthorize("hasRole('REVIEWER')")
    ResponseEntity<ReviewSent> review(@PathVariable String id, @RequestBody ReviewDesk.ReviewInput body) {
        return ResponseEntity.status(201).body(ReviewSent.of(reviewDesk.review(actor(), id, body)));
    }

    @Operation(summary = "Read a practice's reviews",
            description = "The reviews of a practice: the secretariat sees all with names; the organisation sees them without reviewers' identities once decided.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @GetMapping("/{id}/reviews")
    @PreAuthorize("isAuthenticated()")
    ReviewDesk.ReviewsView reviews(@PathVariable String id) {
        return reviewDesk.reviews(actor(), id);
    }

    record Decision(@Nullable String decision, @Nullable String reason) {
    }

    @Operation(summary = "Decide on a practice",
            description = "The secretariat publishes, publishes as promising, returns or rejects a reviewed practice, with a reason.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    Created decide(@PathVariable String id, @RequestBody Decision body) {
        return Created.of(decisions.decide(actor(), id, body.decision(), body.reason()));
    }

    @Operation(summary = "Read a practice's contact",
            description = "The contact person of a practice (personal data): only for signed-in users; every read is audited.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @GetMapping("/{id}/contact")
    @PreAuthorize("isAuthenticated()")
    PracticeViews.ContactView contact(@PathVariable String id) {
        return views.contact(actor(), id);
    }

    @Operation(summary = "Read a practice's history",
            description = "The status changes of a practice, with dates (no personal data). Public for published practices.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
    @GetMapping("/{id}/history")
    List<PracticeViews.Version> history(@PathVariable String id) {
        return views.history(actors.current(), id);
    }

    @Operation(summary = "Find similar practices",
            description = "Published practices similar to this one (possible duplicates). Public for published practices.")
    @Parameter(name = "id", description = "The practice's id.", schema = @Schema(format = "uuid"))
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
