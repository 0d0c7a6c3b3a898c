package org.pacto.dialogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.dialogue.domain.FollowUp;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Published recommendations and the governments' answers to them (issue 11's public contract). */
@RestController
@RequestMapping("/api/v1/dialogue/recommendations")
@Tag(name = "dialogue", description = "The civil-society dialogue mechanism (seed 003).")
class RecommendationsApi {

    private final FollowUp followUp;
    private final Actors actors;

    RecommendationsApi(FollowUp followUp, Actors actors) {
        this.followUp = followUp;
        this.actors = actors;
    }

    record ResponseJson(@Schema(description = "accepted, in-progress, implemented or not-accepted",
            example = "in-progress") @Nullable String status,
                        @Schema(description = "What was done, with references") @Nullable String evidence,
                        @Schema(description = "Date of the answer (default today)") @Nullable LocalDate date) {
    }

    record AnswerItem(String organisation, String status, String evidence, LocalDate date, boolean synthetic) {
    }

    record RecommendationAnswer(String id, String event, String eventId, String text, List<Integer> objectives,
                                String addressee, List<AnswerItem> responses,
                                @Schema(description = "Demo content, not real data") boolean synthetic) {
    }

    record RateAnswer(String addressee, int recommendations, int answered, int percent) {
    }

    record ListAnswer(long total, int page, int size, List<RecommendationAnswer> items, List<RateAnswer> rates) {
    }

    @GetMapping
    @Operation(summary = "Published recommendations and their follow-up", description = "Public. Filters: objective "
            + "(1-23), addressee (governments, local-governments, un, civil-society), status (accepted, in-progress, "
            + "implemented, not-accepted, no-response). Answers the response rate per addressee.")
    ListAnswer list(@ModelAttribute RecommendationFilter filter, Paging paging) {
        var page = followUp.list(filter.valid(), paging);
        return new ListAnswer(page.total(), paging.page(), paging.size(), page.items().stream()
                .map(DialogueAnswers::answer).toList(), page.rates().stream()
                .map(r -> new RateAnswer(r.addressee().code(), r.recommendations(), r.answered(), r.percent()))
                .toList());
    }

    @PostMapping("/{id}/responses")
    @Operation(summary = "A government answers a recommendation", description = "The focal point of a government "
            + "body the recommendation is addressed to (403 otherwise). 409 status-not-allowed when the answer goes "
            + "backwards (e.g. after implemented).")
    ResponseEntity<Map<String, String>> respond(@Parameter(description = "Recommendation id") @PathVariable UUID id,
                                                @RequestBody ResponseJson body) {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        UUID response = followUp.respond(actor, id, body.status(), body.evidence(), body.date());
        return ResponseEntity.status(201).body(Map.of("id", response.toString()));
    }

}
