package org.pacto.dialogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.dialogue.domain.Members;
import org.pacto.dialogue.domain.WorkingTable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One working table of seed 003's note 3: its seats (member organisations as delegates or co-ordinators) and its
 * meetings with minutes. Reading is public; seating and recording minutes are the secretariat's.
 */
@RestController
@RequestMapping("/api/v1/dialogue/tables/{table:table-[1-4]|liaison}")
@Tag(name = "dialogue", description = "The civil-society dialogue mechanism (seed 003).")
class TablesApi {

    private final Members members;
    private final Actors actors;

    TablesApi(Members members, Actors actors) {
        this.members = members;
        this.actors = actors;
    }

    record SeatAnswer(@Schema(description = "Member id (GET /api/v1/dialogue/members)") String member,
                      @Schema(description = "Organisation name") String organisation,
                      @Schema(description = "delegate or coordinator", example = "coordinator") String role) {
    }

    record MeetingAnswer(@Schema(description = "Meeting id") String id,
                         @Schema(description = "Day the table met", example = "2023-06-20") LocalDate heldOn,
                         @Schema(description = "Public minutes; they name organisations, not people") String minutes) {
    }

    record TableDetail(@Schema(example = "table-3") String table, List<SeatAnswer> seats,
                       @Schema(description = "Meetings held, latest first") int meetings) {
    }

    record MeetingList(long total, int page, int size, List<MeetingAnswer> items) {
    }

    record SeatJson(@Schema(description = "delegate or coordinator", example = "delegate") @Nullable String role) {
    }

    record MeetingJson(@Schema(description = "ISO date the table met; not later than tomorrow",
                               example = "2023-06-20") @Nullable String heldOn,
                       @Schema(description = "Minutes, at most 20,000 characters; public, so they name "
                               + "organisations, never people") @Nullable String minutes) {
    }

    @GetMapping
    @Operation(summary = "One working table", description = "Public: its member organisations (delegates and "
            + "co-ordinators) and how many meetings it held. Never a person.")
    TableDetail one(@Parameter(description = "table-1 … table-4 or liaison") @PathVariable String table) {
        var view = members.table(table(table));
        return new TableDetail(view.table().code(), view.seats().stream()
                .map(s -> new SeatAnswer(s.member().toString(), s.organisation(), s.role().code())).toList(),
                view.meetings().size());
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @PutMapping("/seats/{member}")
    @Operation(summary = "Seat a member at the table, or change its role", description = "The secretariat only "
            + "(403 otherwise). Idempotent: the same role again changes nothing. 404 for an unknown member; 400 "
            + "for a missing or unknown role.")
    SeatAnswer seat(@Parameter(description = "table-1 … table-4 or liaison") @PathVariable String table,
                    @Parameter(description = "Member id") @PathVariable UUID member, @RequestBody SeatJson body) {
        WorkingTable t = table(table);
        members.seat(actor(), member, t, body.role());
        return members.table(t).seats().stream().filter(s -> s.member().equals(member)).findFirst()
                .map(s -> new SeatAnswer(member.toString(), s.organisation(), s.role().code())).orElseThrow();
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @DeleteMapping("/seats/{member}")
    @Operation(summary = "A member leaves the table", description = "The secretariat only (403 otherwise); 404 "
            + "if the member has no seat at this table.")
    ResponseEntity<Void> unseat(@Parameter(description = "table-1 … table-4 or liaison") @PathVariable String table,
                                @Parameter(description = "Member id") @PathVariable UUID member) {
        members.unseat(actor(), member, table(table));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/meetings")
    @Operation(summary = "The table's meetings with their minutes", description = "Public, latest first. Minutes "
            + "name organisations, never people.")
    MeetingList meetings(@Parameter(description = "table-1 … table-4 or liaison") @PathVariable String table,
                         Paging paging) {
        List<Members.MeetingView> all = members.meetings(table(table));
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new MeetingList(all.size(), paging.page(), paging.size(), all.subList(from, to).stream()
                .map(m -> new MeetingAnswer(m.id().toString(), m.heldOn(), m.minutes())).toList());
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @PostMapping("/meetings")
    @Operation(summary = "Record a meeting and its minutes", description = "The secretariat only (403 otherwise). "
            + "201 {\"id\"}; 400 for a missing, malformed or future date or missing minutes.")
    ResponseEntity<Map<String, String>> record(
            @Parameter(description = "table-1 … table-4 or liaison") @PathVariable String table,
            @RequestBody MeetingJson body) {
        UUID id = members.recordMeeting(actor(), table(table), body.heldOn(), body.minutes());
        return ResponseEntity.created(URI.create("/api/v1/dialogue/tables/" + table + "/meetings"))
                .body(Map.of("id", id.toString()));
    }

    private static WorkingTable table(String code) {
        // the mapping's pattern admits only the five codes; this keeps the 404 should the two ever differ
        return WorkingTable.fromCode(code).orElseThrow(() -> new NotFoundException("table", code));
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
