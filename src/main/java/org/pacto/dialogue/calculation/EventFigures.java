package org.pacto.dialogue.calculation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An event's public figures, aggregates only (no person is ever named in them).
 *
 * <p>Rules (issue 11): {@code registered} counts registrations; {@code participants} counts the distinct
 * registrations that attended at least one session; {@code countries} counts the distinct countries among those
 * participants; {@code bySector} and {@code byGender} count participants; each session counts its own attendants
 * and their distinct countries (seed 003 reports 181 participants from 28 countries in its first session and 141
 * from 27 in its second). Attendance naming an unknown registration is ignored.
 */
public final class EventFigures {

    static final String SOURCE = "Issue 11 (figures); seed 003, section b";

    public record Registrant(String id, String country, String sector, String gender) {
    }

    public record SessionAttendance(String session, Set<String> registrations) {
    }

    public record SessionFigures(String session, int participants, int countries) {
    }

    public record Figures(int registered, int participants, int countries, Map<String, Integer> bySector,
                          Map<String, Integer> byGender, List<SessionFigures> bySession, List<Step> steps) {
    }

    private EventFigures() {
    }

    public static Figures of(List<Registrant> registrants, List<SessionAttendance> sessions) {
        Map<String, Registrant> byId = new LinkedHashMap<>();
        registrants.forEach(r -> byId.put(r.id(), r));
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of("registered", SOURCE, byId.size()));
        Set<String> attended = new java.util.LinkedHashSet<>();
        List<SessionFigures> bySession = new ArrayList<>();
        for (SessionAttendance session : sessions) {
            List<Registrant> present = session.registrations().stream().map(byId::get)
                    .filter(java.util.Objects::nonNull).toList();
            present.forEach(r -> attended.add(r.id()));
            int countries = (int) present.stream().map(Registrant::country).distinct().count();
            bySession.add(new SessionFigures(session.session(), present.size(), countries));
            steps.add(Step.of("session", SOURCE, session.session(), present.size(), countries));
        }
        List<Registrant> participants = attended.stream().map(byId::get).toList();
        int countries = (int) participants.stream().map(Registrant::country).distinct().count();
        steps.add(Step.of("participants", SOURCE, participants.size(), countries));
        Map<String, Integer> bySector = new TreeMap<>();
        Map<String, Integer> byGender = new TreeMap<>();
        for (Registrant r : participants) {
            bySector.merge(r.sector(), 1, Integer::sum);
            byGender.merge(r.gender(), 1, Integer::sum);
        }
        return new Figures(byId.size(), participants.size(), countries, bySector, byGender, List.copyOf(bySession),
                List.copyOf(steps));
    }
}
