package org.pacto.practices.web;

import java.util.List;
import java.util.Map;
import org.pacto.practices.domain.Decisions;
import org.pacto.practices.domain.PracticeBook;
import org.pacto.practices.domain.PracticeCalls;
import org.pacto.practices.domain.ReviewDesk;
import org.pacto.practices.domain.Submissions;
import org.pacto.practices.domain.PracticeInput;
import org.pacto.practices.search.PracticeSearch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What the API and pages ask of the repository, answered with views (never entities). */
@Component
class PracticeDesk {

    private final PracticeBook book;
    private final Submissions submissions;
    private final ReviewDesk reviewDesk;
    private final Decisions decisions;
    private final PracticeCalls practiceCalls;
    private final PracticeSearch search;
    private final String baseUrl;

    PracticeDesk(PracticeBook book, Submissions submissions, ReviewDesk reviewDesk, Decisions decisions,
                 PracticeCalls practiceCalls, PracticeSearch search, @Value("${pacto.base-url}") String baseUrl) {
        this.book = book;
        this.submissions = submissions;
        this.reviewDesk = reviewDesk;
        this.decisions = decisions;
        this.practiceCalls = practiceCalls;
        this.search = search;
        this.baseUrl = baseUrl;
    }

    PracticeView view(String id) {
        var practice = book.visible(id);
        return Views.of(practice, baseUrl, !practice.status().isPublic());
    }

    Created create(PracticeInput input) {
        var practice = submissions.create(input);
        return new Created(practice.id().toString(), practice.status().code());
    }

    PracticeView edit(String id, PracticeInput input) {
        var practice = submissions.edit(id, input);
        return Views.of(practice, baseUrl, true);
    }

    Submitted submit(String id, String display) {
        List<String> warnings = submissions.submit(id);
        var practice = view(id);
        return new Submitted(id, practice.status(), warnings, duplicates(practice, id, display));
    }

    /** Likely duplicates: a failing search never undoes a submission that was already recorded. */
    private List<Similar> duplicates(PracticeView practice, String id, String display) {
        try {
            return search.similar(practice.title(), id, display).stream()
                    .map(h -> new Similar(h.id(), h.title(), h.status())).toList();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(PracticeDesk.class).warn("Duplicate check failed for {}", id, e);
            return List.of();
        }
    }

    /** The likely duplicates and acronym warnings a submitter sees before sending. */
    Submitted check(String id, String display) {
        var practice = view(id);
        return new Submitted(id, practice.status(), org.pacto.practices.domain.PracticeValidation
                .unexplainedAcronyms(practice.title(), practice.summary(), practice.description()),
                duplicates(practice, id, display));
    }

    Created withdraw(String id) {
        submissions.withdraw(id);
        return new Created(id, view(id).status());
    }

    Assignment assign(String id, List<String> emails) {
        reviewDesk.assign(id, emails);
        return new Assignment(id, view(id).status(), reviewDesk.assigned(id));
    }

    Assignment assigned(String id) {
        return new Assignment(id, view(id).status(), reviewDesk.assigned(id));
    }

    List<ReviewDesk.Suggestion> suggestions(String id) {
        return reviewDesk.suggestions(id);
    }

    void declare(String id) {
        reviewDesk.declareNoConflict(id);
    }

    ReviewSent review(String id, ReviewDesk.ReviewInput input) {
        var review = reviewDesk.review(id, input);
        return new ReviewSent(review.id().toString(), review.round(), review.recommendation());
    }

    ReviewDesk.ReviewsView reviews(String id) {
        return reviewDesk.reviews(id);
    }

    Created decide(String id, String decision, String reason) {
        var practice = decisions.decide(id, decision, reason);
        return new Created(practice.id().toString(), practice.status().code());
    }

    Map<String, Object> contact(String id) {
        return book.contact(id).<Map<String, Object>>map(c -> {
            var map = new java.util.LinkedHashMap<String, Object>();
            map.put("name", c.name());
            map.put("email", c.email());
            map.put("phone", c.phone());
            return map;
        }).orElse(Map.of());
    }

    List<Version> history(String id) {
        return book.history(id).stream().map(v -> new Version(v.number(), v.status(), v.note(),
                v.createdAt().toString())).toList();
    }

    List<Similar> similar(String id, String display) {
        var practice = view(id);
        return search.similar(practice.title() + " " + practice.summary(), id, display).stream()
                .filter(h -> h.status().startsWith("published"))
                .map(h -> new Similar(h.id(), h.title(), h.status())).toList();
    }

    java.util.Optional<ReviewDesk.Mine> mine(String id) {
        return reviewDesk.mine(id);
    }

    boolean maySubmit(String id) {
        return book.maySubmit(id);
    }

    boolean staff() {
        return book.staff();
    }

    List<PracticeView> latestPublished(int limit) {
        return book.latestPublished(limit).stream().map(p -> Views.of(p, baseUrl, false)).toList();
    }

    List<PracticeView> publishedWithObjective(int objective) {
        return book.publishedWithObjective(objective).stream().map(p -> Views.of(p, baseUrl, false)).toList();
    }

    record Call(String id, String title, String theme, String deadline, boolean featured, boolean open) {
    }

    Call openCall(String title, String theme, String deadline, boolean featured) {
        var c = practiceCalls.open(title, theme, deadline, featured);
        return new Call(c.id().toString(), c.title(), c.theme(), c.deadline().toString(), c.featured(),
                c.open(java.time.LocalDate.now()));
    }

    List<Call> callList() {
        return practiceCalls.all().stream().map(c -> new Call(c.id().toString(), c.title(), c.theme(),
                c.deadline().toString(), c.featured(), c.open(java.time.LocalDate.now()))).toList();
    }

    /** Calls for practices by id, with their titles. */
    Map<String, String> calls() {
        var map = new java.util.LinkedHashMap<String, String>();
        practiceCalls.all().forEach(c -> map.put(c.id().toString(), c.title()));
        return map;
    }

    String baseUrl() {
        return baseUrl;
    }

    record Created(String id, String status) {
    }

    record Submitted(String id, String status, List<String> warnings, List<Similar> possibleDuplicates) {
    }

    record Similar(String id, String title, String status) {
    }

    record Assignment(String id, String status, List<ReviewDesk.Assigned> reviewers) {
    }

    record ReviewSent(String id, int round, String recommendation) {
    }

    record Version(int number, String status, String note, String at) {
    }

}
