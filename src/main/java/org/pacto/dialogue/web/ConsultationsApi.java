package org.pacto.dialogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.dialogue.domain.Consultation;
import org.pacto.dialogue.domain.ConsultationInput;
import org.pacto.dialogue.domain.Consultations;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Consultations of the member organisations by approval voting (issue 11's public contract). */
@RestController
@RequestMapping("/api/v1/dialogue/consultations")
@Tag(name = "dialogue", description = "The civil-society dialogue mechanism (seed 003).")
class ConsultationsApi {

    private final Consultations consultations;
    private final Actors actors;

    ConsultationsApi(Consultations consultations, Actors actors) {
        this.consultations = consultations;
        this.actors = actors;
    }

    record OptionAnswer(@Schema(example = "vulnerabilities") String key, String label, List<Integer> objectives) {
    }

    record ConsultationAnswer(String id, String question, List<OptionAnswer> options,
                              @Schema(description = "Number of winners k", example = "2") int winners,
                              Instant opens, Instant closes, @Schema(description = "open, closed or upcoming")
                              String state, @Schema(description = "Demo content, not real data") boolean synthetic) {
    }

    record BallotJson(@Schema(description = "Option keys, at most k", example = "[\"vulnerabilities\"]")
                      @Nullable List<String> choices) {
    }

    record ResultsAnswer(@Schema(description = "Approvals per option key") Map<String, Integer> counts,
                         @Schema(description = "The k winners (fewer when there is a tie)") List<String> winners,
                         @Schema(description = "Options tied for the last seats: never broken silently")
                         List<String> ties,
                         @Schema(description = "Ballots counted (one per member organisation)") int ballots,
                         @Schema(description = "How the result was reached") List<StepAnswer> steps) {
    }

    record StepAnswer(String code, List<Object> arguments, String source) {
    }

    @PostMapping
    @Operation(summary = "Open a consultation", description = "The secretariat only. 201 {\"id\"}; 400 with field "
            + "errors for missing question, fewer than two options, duplicate keys, winners out of range.")
    ResponseEntity<Map<String, String>> create(@RequestBody ConsultationInput body) {
        UUID id = consultations.create(actor(), body);
        return ResponseEntity.created(URI.create("/api/v1/dialogue/consultations/" + id))
                .body(Map.of("id", id.toString()));
    }

    @GetMapping
    @Operation(summary = "Consultations", description = "Public: questions, options and dates, never ballots.")
    List<ConsultationAnswer> list() {
        return consultations.all().stream().map(c -> DialogueAnswers.answer(c, consultations.now())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One consultation", description = "Public: never who voted for what.")
    ConsultationAnswer one(@Parameter(description = "Consultation id") @PathVariable UUID id) {
        return DialogueAnswers.answer(consultations.one(id), consultations.now());
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a consultation", description = "The secretariat only; closing twice changes nothing.")
    ConsultationAnswer close(@Parameter(description = "Consultation id") @PathVariable UUID id) {
        consultations.close(actor(), id);
        return DialogueAnswers.answer(consultations.one(id), consultations.now());
    }

    @PostMapping("/{id}/ballots")
    @Operation(summary = "Cast the organisation's ballot",
            description = "The focal point or a member of a member organisation (403 for anyone else). At most k "
                    + "known keys (400); a later ballot replaces the earlier one; 409 once closed.")
    ResponseEntity<Map<String, String>> cast(@Parameter(description = "Consultation id") @PathVariable UUID id,
                                             @RequestBody BallotJson body) {
        UUID ballot = consultations.cast(actor(), id, body.choices());
        return ResponseEntity.status(201).body(Map.of("id", ballot.toString()));
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Results of a closed consultation",
            description = "Public once closed (409 consultation-open before): counts, winners, ties, ballots.")
    ResultsAnswer results(@Parameter(description = "Consultation id") @PathVariable UUID id) {
        var r = consultations.results(id);
        return new ResultsAnswer(r.counts(), r.winners(), r.ties(), r.ballots(), r.steps().stream()
                .map(s -> new StepAnswer(s.code(), s.arguments(), s.source())).toList());
    }


    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
