package org.pacto.dialogue.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.dialogue.calculation.EventFigures;
import org.pacto.identity.Actor;
import org.pacto.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended which session (recorded by the secretariat), and the event's public figures computed from it by
 * {@link EventFigures}: counts only, never a name or an e-mail.
 */
@Service
public class Attendance {

    static final int MAX_PER_REQUEST = 5_000;

    private final Events events;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Attendance(Events events, JdbcClient jdbc, AuditTrail audit) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Records that these registrations attended the session; recording one twice changes nothing. */
    @Transactional
    public int record(Actor actor, UUID eventId, @Nullable UUID session, @Nullable List<UUID> registrationIds) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat records attendance");
        }
        DialogueEvent event = events.find(eventId);
        var refusals = new Refusals();
        if (session == null) {
            refusals.add("session", "required");
        } else if (!event.hasSession(session)) {
            refusals.add("session", "unknown-session");
        }
        List<UUID> ids = registrationIds == null ? List.of() : registrationIds;
        if (registrationIds == null || ids.isEmpty()) {
            refusals.add("registrations", "required");
        } else if (ids.size() > MAX_PER_REQUEST) {
            refusals.add("registrations", "too-many", MAX_PER_REQUEST);
        } else {
            Set<UUID> known = new HashSet<>(jdbc.sql("select id from dialogue.registration where event_id = :e")
                    .param("e", eventId).query(UUID.class).list());
            for (int i = 0; i < ids.size(); i++) {
                if (!known.contains(ids.get(i))) {
                    refusals.add("registrations[" + i + "]", "unknown-registration");
                }
            }
        }
        refusals.throwIfAny();
        int added = 0;
        for (UUID id : new java.util.LinkedHashSet<>(ids)) {
            added += jdbc.sql("insert into dialogue.attendance (session_id, registration_id) values (:s, :r)"
                    + " on conflict do nothing").param("s", session).param("r", id).update();
        }
        audit.changed(Events.RECORD, eventId.toString(), "attendance",
                Map.of("session", String.valueOf(session), "added", added));
        return added;
    }

    /** The public figures (issue 11): aggregates only. */
    @Transactional(readOnly = true)
    public EventFigures.Figures figures(UUID eventId) {
        DialogueEvent event = events.find(eventId);
        List<EventFigures.Registrant> registrants = jdbc.sql("select id, country, sector, coalesce(gender, '')"
                        + " as gender from dialogue.registration where event_id = :e")
                .param("e", eventId)
                .query((rs, n) -> new EventFigures.Registrant(rs.getString("id"), rs.getString("country"),
                        rs.getString("sector"), rs.getString("gender").isBlank() ? "not-said" : "self-described"))
                .list();
        Map<String, Set<String>> bySession = new LinkedHashMap<>();
        event.sessions().forEach(s -> bySession.put(s.id().toString(), new HashSet<>()));
        jdbc.sql("select a.session_id, a.registration_id from dialogue.attendance a join dialogue.session s"
                        + " on s.id = a.session_id where s.event_id = :e")
                .param("e", eventId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> bySession.get(e.getKey()).add(e.getValue()));
        List<EventFigures.SessionAttendance> sessions = new ArrayList<>();
        bySession.forEach((s, r) -> sessions.add(new EventFigures.SessionAttendance(s, r)));
        return EventFigures.of(registrants, sessions);
    }
}
