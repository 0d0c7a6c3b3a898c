package org.pacto.reviews.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.reviews.domain.AssessmentCatalogue;
import org.pacto.reviews.domain.InitiativeInput;
import org.pacto.reviews.domain.InventoryView;
import org.pacto.reviews.domain.InventoryViews;
import org.pacto.reviews.domain.Reviews;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The voluntary reviews API (issue 9: paths and field names are the public contract). */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "reviews", description = "Voluntary reviews: review cycles, governments' inventories of GCM initiatives, "
        + "the neutral observer's check and queries, the self-assessment and national-local coherence. Drafts are "
        + "seen only by their organisation and the secretariat (404 to others).")
class ReviewsApi {

    private static final String ID = "{id:[0-9a-fA-F-]{36}}";

    private final Reviews reviews;
    private final InventoryViews views;
    private final Actors actors;
    private final MessageSource messages;
    private final ReviewReport report;

    ReviewsApi(Reviews reviews, InventoryViews views, Actors actors, MessageSource messages, ReviewReport report) {
        this.reviews = reviews;
        this.views = views;
        this.actors = actors;
        this.messages = messages;
        this.report = report;
    }

    @PostMapping("/cycles")
    @Operation(summary = "Open a review cycle", description = "Secretariat and admins only (403 otherwise). "
            + "Answers 201 with the new cycle's id; bad input is a 400 naming every field, nothing written.")
    ResponseEntity<IdAnswer> openCycle(@RequestBody CycleBody body) {
        UUID id = reviews.openCycle(actor(), new Reviews.CycleInput(body.title(), body.forum(), body.referenceDate(),
                body.opens(), body.closes()), false);
        return ResponseEntity.created(URI.create("/api/v1/reviews/cycles/" + id)).body(new IdAnswer(id.toString()));
    }

    @GetMapping("/cycles")
    @Operation(summary = "List review cycles", description = "Public. Newest reference date first.")
    List<CycleAnswer> cycles() {
        return reviews.cycles().stream().map(CycleAnswers::of).toList();
    }

    @PostMapping("/cycles/" + "{cycle:[0-9a-fA-F-]{36}}" + "/inventories")
    @Operation(summary = "Start the caller's inventory for a cycle", description = "The focal point of a government "
            + "body or local authority; the inventory is for the caller's organisation (level from the organisation). "
            + "A second inventory for the same organisation and cycle is a 409. Starts from a copy of the "
            + "organisation's last published inventory.")
    ResponseEntity<Map<String, Object>> start(@Parameter(description = "the cycle's id") @PathVariable String cycle) {
        var inventory = reviews.startInventory(actor(), parse(cycle, "review-cycle"), false);
        var answer = new LinkedHashMap<String, Object>();
        answer.put("id", inventory.id().toString());
        answer.put("status", inventory.status());
        answer.put("copiedFrom", inventory.copiedFrom() == null ? null : inventory.copiedFrom().toString());
        return ResponseEntity.created(URI.create("/api/v1/reviews/inventories/" + inventory.id())).body(answer);
    }

    @GetMapping("/cycles/{cycle:[0-9a-fA-F-]{36}}/coherence")
    @Operation(summary = "National-local coherence in a cycle and a country", description = "Public over published "
            + "inventories; the secretariat and the organisations concerned also see their unpublished ones. "
            + "localOnly: objectives covered locally and not nationally; nationalOnly: the reverse.")
    InventoryView.Coherence coherence(@PathVariable String cycle,
                                      @Parameter(description = "ISO 3166 alpha-2 code, e.g. AR")
                                      @RequestParam(required = false) @Nullable String country) {
        String code = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new InvalidInputException(new FieldProblem("country", code.isEmpty() ? "required" : "unknown-country"));
        }
        return views.coherence(actors.current(), parse(cycle, "review-cycle"), code);
    }

    @PostMapping("/inventories/" + ID + "/initiatives")
    @Operation(summary = "Add an initiative", description = "The government's focal point or members, while the "
            + "inventory is a draft or answers queries (409 otherwise); another organisation gets 403.")
    ResponseEntity<IdAnswer> addInitiative(@PathVariable String id, @RequestBody InitiativeInput body) {
        UUID initiative = reviews.addInitiative(actor(), parse(id, "inventory"), body);
        return ResponseEntity.created(URI.create("/api/v1/reviews/initiatives/" + initiative))
                .body(new IdAnswer(initiative.toString()));
    }

    @PutMapping("/initiatives/" + ID)
    @Operation(summary = "Change an initiative", description = "As adding: the government, while editable.")
    IdAnswer changeInitiative(@PathVariable String id, @RequestBody InitiativeInput body) {
        reviews.changeInitiative(actor(), parse(id, "initiative"), body);
        return new IdAnswer(id);
    }

    @DeleteMapping("/initiatives/" + ID)
    @Operation(summary = "Remove an initiative", description = "As adding: the government, while editable.")
    ResponseEntity<Void> removeInitiative(@PathVariable String id) {
        reviews.removeInitiative(actor(), parse(id, "initiative"));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/inventories/" + ID)
    @Operation(summary = "An inventory with its initiatives", description = "Public once published; before, only "
            + "for its organisation and the secretariat (404 to others). Never returns people's names or e-mails.")
    InventoryView.Full inventory(@PathVariable String id) {
        return views.inventory(actors.current(), parse(id, "inventory"), language());
    }

    @GetMapping("/inventories/" + ID + "/findings")
    @Operation(summary = "The observer's automatic check", description = "Coverage of the 23 objectives at the "
            + "cycle's reference date and the findings, each explained; same visibility as the inventory.")
    InventoryView.Findings findings(@PathVariable String id) {
        return views.findings(actors.current(), parse(id, "inventory"), language());
    }

    @GetMapping("/assessment-questions")
    @Operation(summary = "The self-assessment questions", description = "Public. Pacto's own questions under the six "
            + "domains of IOM's Migration Governance Indicators (the inspiration; no IOM text).")
    List<QuestionAnswer> questions() {
        var locale = LocaleContextHolder.getLocale();
        return AssessmentCatalogue.QUESTIONS.stream().map(q -> new QuestionAnswer(q.code(), q.domain(),
                messages.getMessage("reviews.question." + q.code(), null, q.code(), locale))).toList();
    }

    @PutMapping("/inventories/" + ID + "/assessment")
    @Operation(summary = "Answer the self-assessment", description = "The government, while editable. "
            + "Each answer: level present, partial or absent, and evidence.")
    InventoryView.Assessment answer(@PathVariable String id, @RequestBody AssessmentBody body) {
        UUID inventory = parse(id, "inventory");
        reviews.answerAssessment(actor(), inventory, body.answers());
        return views.assessment(actors.current(), inventory);
    }

    @GetMapping("/inventories/" + ID + "/assessment")
    @Operation(summary = "The self-assessment's shares per domain", description = "Shares in percent of each domain's "
            + "questions; never a single score, never a ranking. Same visibility as the inventory.")
    InventoryView.Assessment assessment(@PathVariable String id) {
        return views.assessment(actors.current(), parse(id, "inventory"));
    }

    @PostMapping("/inventories/" + ID + "/submit")
    @Operation(summary = "Submit, or send back revised", description = "The government's focal point: a draft goes "
            + "to the observer; after queries, once all are answered, it goes back as revised.")
    StatusAnswer submit(@PathVariable String id) {
        return new StatusAnswer(id, reviews.submit(actor(), parse(id, "inventory")).code());
    }

    @PostMapping("/inventories/" + ID + "/queries")
    @Operation(summary = "Ask the government a query", description = "Secretariat only (the neutral observer).")
    ResponseEntity<Map<String, Object>> ask(@PathVariable String id, @RequestBody QueryBody body) {
        UUID inventory = parse(id, "inventory");
        UUID query = reviews.ask(actor(), inventory, body.finding(), body.question());
        return ResponseEntity.created(URI.create("/api/v1/reviews/inventories/" + id))
                .body(Map.of("id", query.toString(), "status", "observer-queries"));
    }

    @PostMapping("/inventories/" + ID + "/queries/{query:[0-9a-fA-F-]{36}}/answer")
    @Operation(summary = "Answer a query", description = "The government's focal point.")
    IdAnswer answerQuery(@PathVariable String id, @PathVariable String query, @RequestBody AnswerBody body) {
        reviews.answer(actor(), parse(id, "inventory"), parse(query, "query"), body.answer());
        return new IdAnswer(query);
    }

    @PostMapping("/inventories/" + ID + "/validate")
    @Operation(summary = "Validate", description = "Secretariat only, on a submitted or revised inventory.")
    StatusAnswer validate(@PathVariable String id) {
        return new StatusAnswer(id, reviews.validate(actor(), parse(id, "inventory")).code());
    }

    @PostMapping("/inventories/" + ID + "/publish")
    @Operation(summary = "Publish", description = "The government's focal point or the secretariat, once validated; "
            + "the inventory is then public and frozen for the cycle.")
    StatusAnswer publish(@PathVariable String id) {
        return new StatusAnswer(id, reviews.publish(actor(), parse(id, "inventory")).code());
    }

    @GetMapping("/inventories/" + ID + "/report.pdf")
    @Operation(summary = "The review report as PDF", description = "Same visibility as the inventory.")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return report.pdf(actors.current(), parse(id, "inventory"), language());
    }

    @GetMapping("/inventories/" + ID + "/report.docx")
    @Operation(summary = "The review report as DOCX", description = "Same visibility as the inventory.")
    ResponseEntity<byte[]> docx(@PathVariable String id) {
        return report.docx(actors.current(), parse(id, "inventory"), language());
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    static UUID parse(String id, String kind) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(kind, id);
        }
    }

    static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    record IdAnswer(@Schema(description = "the record's id", example = "3f2c1d9e-8a41-4c55-9a0e-2b7f5d1c6a10") String id) {
    }

    record StatusAnswer(@Schema(description = "the inventory's id") String id,
                        @Schema(description = "its status now", example = "submitted") String status) {
    }

    record CycleBody(@Schema(description = "title", example = "Examen regional de América del Sur 2026")
                     @Nullable String title,
                     @Schema(description = "imrf, regional, gfmd, national or local", example = "regional")
                     @Nullable String forum,
                     @Schema(description = "date at which in force and stale are judged", example = "2026-06-30")
                     @Nullable String referenceDate,
                     @Schema(description = "opening date", example = "2026-03-01") @Nullable String opens,
                     @Schema(description = "closing date", example = "2027-03-31") @Nullable String closes) {
    }

    record CycleAnswer(String id, String title, String forum, String referenceDate, String opens, String closes,
                       @Schema(description = "synthetic demonstration data") boolean demo) {
    }

    record QuestionAnswer(@Schema(description = "question code", example = "rights-services") String code,
                          @Schema(description = "MGI-inspired domain", example = "migrant-rights") String domain,
                          @Schema(description = "the question in the asked language") String text) {
    }

    record AssessmentBody(@Schema(description = "answers by question code")
                          @Nullable Map<String, Reviews.AnswerInput> answers) {
    }

    record QueryBody(@Schema(description = "the finding's key, when the query is about one") @Nullable String finding,
                     @Schema(description = "the question", example = "¿Sigue vigente el plan 2019-2023?")
                     @Nullable String question) {
    }

    record AnswerBody(@Schema(description = "the government's answer") @Nullable String answer) {
    }
}
