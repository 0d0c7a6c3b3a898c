package org.pacto.dialogue.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationUpdated;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.pacto.taxonomy.Term;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mechanism's member organisations and its working tables. The secretariat admits an organisation of Pacto in
 * one stakeholder group of seed 003's note 2 (taxonomy scheme {@code dialogue-mechanism-group}, not a copy of it);
 * the list of members, their groups, countries and tables is public.
 */
@Service
public class Members {

    static final String RECORD = "dialogue.member";

    private final MemberRepository members;
    private final SeatRepository seats;
    private final MeetingRepository meetings;
    private final Actors actors;
    private final Framework framework;
    private final AuditTrail audit;
    private final Clock clock;

    Members(MemberRepository members, SeatRepository seats, MeetingRepository meetings, Actors actors,
            Framework framework, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.members = members;
        this.seats = seats;
        this.meetings = meetings;
        this.actors = actors;
        this.framework = framework;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** What is public about a member. */
    public record MemberView(UUID id, UUID organisation, String name, String group, @Nullable String country,
                             boolean diaspora) {
    }

    public record TableView(WorkingTable table, List<SeatView> seats, List<Meeting> meetings) {
    }

    public record SeatView(UUID member, String organisation, SeatRole role) {
    }

    public List<Term> groups(Language language) {
        return framework.terms(Scheme.DIALOGUE_MECHANISM_GROUP, language);
    }

    /**
     * The secretariat admits an organisation (issue 11). Its country comes from identity; {@code diaspora} marks a
     * diaspora organisation based outside the region (seed 003). An organisation is admitted once (409).
     */
    @Transactional
    public UUID admit(Actor actor, @Nullable UUID organisation, @Nullable String group, boolean diaspora) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat admits members");
        }
        var refusals = new Refusals();
        var summary = organisation == null ? Optional.<org.pacto.identity.OrganisationSummary>empty()
                : actors.organisation(new OrganisationId(organisation));
        if (organisation == null) {
            refusals.add("organisation", "required");
        } else if (summary.isEmpty()) {
            refusals.add("organisation", "unknown-organisation");
        }
        if (group == null || group.isBlank()) {
            refusals.add("group", "required");
        } else if (!framework.isTerm(Scheme.DIALOGUE_MECHANISM_GROUP, group)) {
            refusals.add("group", "unknown-group", group);
        }
        refusals.throwIfAny();
        if (members.findByOrganisationId(organisation).isPresent()) {
            throw new ConflictException("already-admitted", "already a member");
        }
        var s = summary.orElseThrow();
        Member member = members.save(new Member(organisation, s.name(), group, s.country(), diaspora, clock.instant(),
                "person:" + actor.person().value()));
        audit.changed(RECORD, member.id().toString(), "admitted",
                Map.of("organisation", organisation.toString(), "group", group, "diaspora", diaspora));
        return member.id();
    }

    @Transactional(readOnly = true)
    public List<MemberView> list() {
        return members.ordered().stream().map(Members::view).toList();
    }

    @Transactional(readOnly = true)
    public boolean isMember(OrganisationId organisation) {
        return members.findByOrganisationId(organisation.value()).isPresent();
    }

    /**
     * Seats a member at a working table as delegate or co-ordinator, or changes its role there (the secretariat).
     * Seating it again in the same role changes nothing; answers whether anything changed.
     */
    @Transactional
    public boolean seat(Actor actor, UUID member, WorkingTable table, @Nullable String role) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat seats members");
        }
        var refusals = new Refusals();
        Optional<SeatRole> parsed = role == null ? Optional.empty() : SeatRole.fromCode(role);
        if (role == null || role.isBlank()) {
            refusals.add("role", "required");
        } else if (parsed.isEmpty()) {
            refusals.add("role", "unknown-role");
        }
        refusals.throwIfAny();
        if (members.findById(member).isEmpty()) {
            throw new NotFoundException("member", member);
        }
        SeatRole wanted = parsed.orElseThrow();
        var existing = seats.findByMemberIdAndTable(member, table);
        if (existing.isPresent() && existing.get().role() == wanted) {
            return false;
        }
        if (existing.isPresent()) {
            existing.get().changeRole(wanted);
        } else {
            seats.save(new Seat(table, member, wanted));
        }
        audit.changed(RECORD, member.toString(), existing.isPresent() ? "role-changed" : "seated",
                Map.of("table", table.code(), "role", wanted.code()));
        return true;
    }

    /** Seats a member in a role of the code's own enum (demo content). */
    @Transactional
    public void seat(Actor actor, UUID member, WorkingTable table, SeatRole role) {
        seat(actor, member, table, role.code());
    }

    /** The member leaves the table (the secretariat); 404 if it has no seat there. */
    @Transactional
    public void unseat(Actor actor, UUID member, WorkingTable table) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat seats members");
        }
        Seat seat = seats.findByMemberIdAndTable(member, table)
                .orElseThrow(() -> new NotFoundException("seat", member));
        seats.delete(seat);
        audit.changed(RECORD, member.toString(), "unseated", Map.of("table", table.code()));
    }

    /**
     * Records a meeting held by a table with its minutes (the secretariat). Minutes are public: they name
     * organisations, not people (seed 003's own minutes do). A meeting is recorded once held: not a future date.
     */
    @Transactional
    public UUID recordMeeting(Actor actor, WorkingTable table, java.time.LocalDate heldOn, String minutes) {
        return recordMeeting(actor, table, heldOn.toString(), minutes);
    }

    /** The same from the API's text: {@code heldOn} an ISO date. */
    @Transactional
    public UUID recordMeeting(Actor actor, WorkingTable table, @Nullable String sentHeldOn,
                              @Nullable String minutes) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat records meetings");
        }
        var refusals = new Refusals();
        String text = refusals.text("minutes", minutes, 20_000);
        // a day of margin: a meeting held "today" somewhere in the region may be tomorrow in UTC
        java.time.LocalDate latest = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
                .plusDays(1);
        java.time.LocalDate heldOn = refusals.date("heldOn", sentHeldOn);
        if (heldOn != null && heldOn.isAfter(latest)) {
            refusals.add("heldOn", "in-the-future");
        }
        refusals.throwIfAny();
        Meeting meeting = meetings.save(new Meeting(table, java.util.Objects.requireNonNull(heldOn), text, clock.instant()));
        audit.changed("dialogue.meeting", meeting.id().toString(), "recorded", Map.of("table", table.code()));
        return meeting.id();
    }

    /** A meeting as the API answers it (the web layer never holds an entity). */
    public record MeetingView(UUID id, java.time.LocalDate heldOn, String minutes) {
    }

    /** A table's meetings, latest first. */
    @Transactional(readOnly = true)
    public List<MeetingView> meetings(WorkingTable table) {
        return meetings.of(table).stream().map(m -> new MeetingView(m.id(), m.heldOn(), m.minutes())).toList();
    }

    /** One table with its seats (member id, organisation, role) and meetings. */
    @Transactional(readOnly = true)
    public TableView table(WorkingTable table) {
        return tables().stream().filter(t -> t.table() == table).findFirst().orElseThrow();
    }

    /** The four tables and the liaison table, with their delegates, co-ordinators and meetings. */
    @Transactional(readOnly = true)
    public List<TableView> tables() {
        Map<UUID, String> names = new LinkedHashMap<>();
        members.findAll().forEach(m -> names.put(m.id(), m.organisationName()));
        Map<WorkingTable, List<SeatView>> byTable = new LinkedHashMap<>();
        Map<WorkingTable, List<Meeting>> meetingsByTable = new LinkedHashMap<>();
        for (WorkingTable t : WorkingTable.values()) {
            byTable.put(t, new ArrayList<>());
            meetingsByTable.put(t, new ArrayList<>());
        }
        for (Seat seat : seats.findAll()) {
            byTable.get(seat.table()).add(new SeatView(seat.memberId(), names.getOrDefault(seat.memberId(), ""),
                    seat.role()));
        }
        meetings.latestFirst().forEach(m -> meetingsByTable.get(m.table()).add(m));
        return byTable.entrySet().stream().map(e -> new TableView(e.getKey(),
                e.getValue().stream().sorted(Comparator.comparing((SeatView s) -> s.role() != SeatRole.COORDINATOR)
                        .thenComparing(SeatView::organisation)).toList(),
                List.copyOf(meetingsByTable.get(e.getKey())))).toList();
    }

    /** A member's copy of its organisation's public name and country follows identity's changes. */
    @ApplicationModuleListener
    void on(OrganisationUpdated event) {
        members.findByOrganisationId(event.organisation().value()).ifPresent(m -> {
            m.rename(event.name(), event.country());
            members.save(m);
        });
    }

    static MemberView view(Member m) {
        return new MemberView(m.id(), m.organisationId(), m.organisationName(), m.group(), m.country(),
                m.diaspora());
    }
}
