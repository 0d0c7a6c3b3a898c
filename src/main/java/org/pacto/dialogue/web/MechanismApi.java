package org.pacto.dialogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.dialogue.domain.Members;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.Language;
import org.pacto.platform.Paging;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mechanism's stakeholder groups, member organisations and working tables (issue 11's public contract). */
@RestController
@RequestMapping("/api/v1/dialogue")
@Tag(name = "dialogue", description = "The civil-society dialogue mechanism (seed 003): members, working tables, "
        + "consultations, dialogues with registration, reports of recommendations and governments' follow-up.")
class MechanismApi {

    private final Members members;
    private final Actors actors;

    MechanismApi(Members members, Actors actors) {
        this.members = members;
        this.actors = actors;
    }

    record GroupAnswer(@Schema(description = "Stable code of the group", example = "migrant-women-organisations")
                       String code,
                       @Schema(description = "Name in the request's language") String label,
                       @Schema(description = "How the group relates to GCM paragraph 44") @Nullable String description,
                       @Schema(description = "Member organisations in the group", example = "4") long members) {
    }

    record MemberAnswer(@Schema(description = "Member id") String id,
                        @Schema(description = "Identity's organisation id") String organisation,
                        @Schema(description = "Organisation name", example = "Consejo de Colectividades de Quilmes")
                        String name,
                        @Schema(description = "Stakeholder group code", example = "migrant-diaspora-organisations")
                        String group,
                        @Schema(description = "ISO 3166-1 alpha-2", example = "AR") @Nullable String country,
                        @Schema(description = "Diaspora organisation based outside the region") boolean diaspora) {
    }

    record MemberList(long total, int page, int size, List<MemberAnswer> items) {
    }

    record Admission(@Schema(description = "Identity's id of the organisation to admit") @Nullable UUID organisation,
                     @Schema(description = "Stakeholder group code (GET /api/v1/dialogue/groups)",
                             example = "workers-organisations") @Nullable String group,
                     @Schema(description = "A diaspora organisation based outside the region") @Nullable Boolean diaspora) {
    }

    record TableAnswer(@Schema(example = "table-3") String table, List<Map<String, String>> seats, int meetings) {
    }

    @GetMapping("/groups")
    @Operation(summary = "The stakeholder groups of the mechanism",
            description = "Public. Seed 003's note 2 (taxonomy scheme dialogue-mechanism-group) with member counts.")
    List<GroupAnswer> groups() {
        var all = members.list();
        return members.groups(Language.of(LocaleContextHolder.getLocale())).stream()
                .map(t -> new GroupAnswer(t.code(), t.label(), t.description(),
                        all.stream().filter(m -> m.group().equals(t.code())).count()))
                .toList();
    }

    @GetMapping("/members")
    @Operation(summary = "Member organisations", description = "Public: organisations only, never people.")
    MemberList list(Paging paging) {
        var all = members.list();
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new MemberList(all.size(), paging.page(), paging.size(), all.subList(from, to).stream()
                .map(m -> new MemberAnswer(m.id().toString(), m.organisation().toString(), m.name(), m.group(),
                        m.country(), m.diaspora())).toList());
    }

    @PostMapping("/members")
    @Operation(summary = "Admit an organisation",
            description = "The secretariat only (403 otherwise). 400 for an unknown organisation or group; "
                    + "409 already-admitted.")
    ResponseEntity<Map<String, String>> admit(@RequestBody Admission body) {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        UUID id = members.admit(actor, body.organisation(), body.group(), Boolean.TRUE.equals(body.diaspora()));
        return ResponseEntity.created(URI.create("/api/v1/dialogue/members")).body(Map.of("id", id.toString()));
    }

    @GetMapping("/tables")
    @Operation(summary = "The working tables", description = "Public: the four tables and the liaison table of "
            + "seed 003 note 3 with their delegate and co-ordinating organisations and how many meetings they held.")
    List<TableAnswer> tables() {
        return members.tables().stream().map(t -> new TableAnswer(t.table().code(), t.seats().stream()
                .map(s -> Map.of("organisation", s.organisation(), "role", s.role().code())).toList(),
                t.meetings().size())).toList();
    }
}
