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
import org.pacto.dialogue.calculation.PanelBalance;
import org.pacto.dialogue.domain.Attendance;
import org.pacto.dialogue.domain.DialogueEvent;
import org.pacto.dialogue.domain.EventInput;
import org.pacto.dialogue.domain.Events;
import org.pacto.dialogue.domain.ReportInput;
import org.pacto.dialogue.domain.Reports;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dialogues (events): the agenda, registration without sign-in, attendance, public figures, and the report
 * (issue 11's public contract). Registrants' names and e-mails are answered to the secretariat only, audited.
 */
@RestController
@RequestMapping("/api/v1/dialogue/events")
@Tag(name = "dialogue", description = "The civil-society dialogue mechanism (seed 003).")
class EventsApi {

    private final Events events;
    private final Attendance attendance;
    private final Reports reports;
    private final Actors actors;

    EventsApi(Events events, Attendance attendance, Reports reports, Actors actors) {
        this.events = events;
        this.attendance = attendance;
        this.reports = reports;
        this.actors = actors;
    }

    record PanelistAnswer(String name, @Schema(example = "civil-society") String sector, boolean moderator) {
    }

    record SessionAnswer(String id, String topic, List<Integer> objectives, Instant starts, Instant ends,
                         List<PanelistAnswer> panel,
                         @Schema(description = "Warnings of the panel rule (3 civil society, 2 national, 1 local)")
                         List<Map<String, Object>> panelWarnings) {
    }

    record EventAnswer(String id, String title, @Schema(example = "hybrid") String modality, boolean open,
                       boolean interpretation, List<String> rapporteurs, List<SessionAnswer> sessions,
                       @Schema(example = "published") String report,
                       @Schema(description = "Demo content, not real data") boolean synthetic) {
    }

    record AttendanceJson(@Schema(description = "Session id") @Nullable UUID session,
                          @Schema(description = "Registration ids") @Nullable List<UUID> registrations) {
    }

    record FiguresAnswer(int registered, int participants, int countries, Map<String, Integer> bySector,
                         List<Map<String, Object>> bySession) {
    }

    record RegistrantAnswer(String id, String name, String email, String organisation, String country,
                            String sector, @Nullable String gender, boolean confirmed, boolean synthetic) {
    }

    record RegistrantList(long total, int page, int size, List<RegistrantAnswer> items) {
    }

    @PostMapping
    @Operation(summary = "Create a dialogue with its sessions",
            description = "The secretariat only. 201 {\"id\", \"sessions\": [ids]}.")
    ResponseEntity<Map<String, Object>> create(@RequestBody EventInput body) {
        var created = events.create(actor(), body);
        return ResponseEntity.created(URI.create("/api/v1/dialogue/events/" + created.id()))
                .body(Map.of("id", created.id().toString(),
                        "sessions", created.sessions().stream().map(UUID::toString).toList()));
    }

    @GetMapping
    @Operation(summary = "Dialogues", description = "Public agenda; never registrants.")
    List<EventAnswer> list() {
        return events.all().stream().map(DialogueAnswers::answer).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One dialogue", description = "Public agenda; never registrants.")
    EventAnswer one(@Parameter(description = "Dialogue id") @PathVariable UUID id) {
        return DialogueAnswers.answer(events.one(id));
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirements
    @PostMapping("/{id}/registrations")
    @Operation(summary = "Register for a dialogue", description = "No sign-in needed. One registration per e-mail "
            + "address and dialogue: the same e-mail again answers 409 already-registered. The answer carries only "
            + "the registration's id; the personal confirmation link goes by e-mail.")
    ResponseEntity<Map<String, String>> register(@Parameter(description = "Dialogue id") @PathVariable UUID id,
                                                 @RequestBody EventInput.RegistrationInput body) {
        var registered = events.register(id, body);
        return ResponseEntity.created(URI.create("/dialogue/events/" + id))
                .body(Map.of("id", registered.id().toString()));
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping("/{id}/registrations")
    @Operation(summary = "Registrants (personal data)",
            description = "The secretariat only (403 otherwise); every read is audited.")
    RegistrantList registrants(@Parameter(description = "Dialogue id") @PathVariable UUID id, Paging paging) {
        var all = events.registrants(actor(), id);
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new RegistrantList(all.size(), paging.page(), paging.size(), all.subList(from, to).stream()
                .map(DialogueAnswers::registrant)
                .toList());
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "Record attendance of a session", description = "The secretariat only; recording the same "
            + "attendance twice changes nothing.")
    Map<String, Integer> attendance(@Parameter(description = "Dialogue id") @PathVariable UUID id,
                                    @RequestBody AttendanceJson body) {
        return Map.of("added", attendance.record(actor(), id, body.session(), body.registrations()));
    }

    @GetMapping("/{id}/figures")
    @Operation(summary = "Public figures", description = "Aggregates only: registered, participants (attended at "
            + "least one session), countries among them, by sector and by session. Never a name.")
    FiguresAnswer figures(@Parameter(description = "Dialogue id") @PathVariable UUID id) {
        var f = attendance.figures(id);
        return new FiguresAnswer(f.registered(), f.participants(), f.countries(), f.bySector(), f.bySession()
                .stream().map(s -> Map.<String, Object>of("session", s.session(), "participants", s.participants(),
                        "countries", s.countries())).toList());
    }

    @PostMapping("/{id}/report")
    @Operation(summary = "Write the report (draft)", description = "The secretariat as the rapporteurs' editor. "
            + "Rewrites the draft and its recommendations; 409 report-published once published.")
    Map<String, Object> report(@Parameter(description = "Dialogue id") @PathVariable UUID id,
                               @RequestBody ReportInput body) {
        var ids = reports.write(actor(), id, body);
        return Map.of("status", "draft", "recommendations", ids.stream().map(UUID::toString).toList());
    }

    @PostMapping("/{id}/report/publish")
    @Operation(summary = "Publish the report", description = "The secretariat only. 200, or 400 with one error of "
            + "code names-an-actor per occurrence of a registered participant's or organisation's name.")
    Map<String, String> publish(@Parameter(description = "Dialogue id") @PathVariable UUID id) {
        reports.publish(actor(), id);
        return Map.of("status", "published");
    }


    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
