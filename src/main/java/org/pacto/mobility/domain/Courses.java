package org.pacto.mobility.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.mobility.calculation.CertificateRule;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment, attendance and certificates of the shipped courses (issue 14). A signed-in person enrols themself
 * (again: the same enrolment, nothing changes); the secretariat records attendance; a certificate is earned when
 * {@link CertificateRule} says so. People are known by their account id; lists of participants are personal
 * data, read only by the secretariat and audited.
 */
@Service
public class Courses {

    /** Sessions at most in one attendance record. */
    static final int MAX_SESSIONS = 500;

    private final CourseCatalog catalog;
    private final EnrolmentRepository enrolments;
    private final AuditTrail audit;
    private final Clock clock;

    Courses(CourseCatalog catalog, EnrolmentRepository enrolments, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public record Enrolled(Enrolment enrolment, boolean created) {
    }

    public record Standing(UUID enrolment, CertificateRule.Outcome outcome) {
    }

    public CourseCatalog.Course course(String code) {
        return catalog.find(code).orElseThrow(() -> new NotFoundException("course", code));
    }

    @Transactional
    public Enrolled enrol(Actor actor, String code) {
        var course = course(code);
        var existing = enrolments.findByCourseAndPersonId(course.code(), actor.person().value());
        if (existing.isPresent()) {
            return new Enrolled(existing.get(), false);
        }
        var saved = enrolments.save(new Enrolment(course.code(), actor.person().value(), clock.instant()));
        audit.changed("mobility.enrolment", saved.id().toString(), "enrolled", Map.of("course", course.code()));
        return new Enrolled(saved, true);
    }

    /**
     * Records the sessions an enrolled person attended (the secretariat only). Everything is checked first.
     *
     * @param enrolment the enrolment id as sent
     * @param sessions session numbers as sent (1 to the course's sessions)
     */
    @Transactional
    public Standing attend(Actor actor, String code, @Nullable String enrolment, @Nullable List<?> sessions) {
        var course = course(code);
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat records attendance");
        }
        var problems = new ArrayList<FieldProblem>();
        Enrolment found = null;
        UUID id = uuid(enrolment);
        if (id == null) {
            problems.add(new FieldProblem("enrolment", enrolment == null ? "required" : "unknown-enrolment",
                    InputLimits.shortened(String.valueOf(enrolment))));
        } else {
            found = enrolments.findById(id).filter(e -> e.course().equals(course.code())).orElse(null);
            if (found == null) {
                problems.add(new FieldProblem("enrolment", "unknown-enrolment", id.toString()));
            }
        }
        var numbers = new TreeSet<Integer>();
        if (sessions == null || sessions.isEmpty()) {
            problems.add(new FieldProblem("sessions", "required"));
        } else if (sessions.size() > MAX_SESSIONS) {
            problems.add(new FieldProblem("sessions", "too-many", MAX_SESSIONS));
        } else {
            for (int i = 0; i < sessions.size(); i++) {
                String field = "sessions[" + i + "]";
                var n = InputLimits.decimal(sessions.get(i), field, true, 4, 0, problems);
                if (n != null && (n.signum() <= 0 || n.intValue() > course.sessions())) {
                    problems.add(new FieldProblem(field, "out-of-range", 1, course.sessions()));
                } else if (n != null) {
                    numbers.add(n.intValue());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        found.attended(numbers);
        enrolments.save(found);
        audit.changed("mobility.enrolment", found.id().toString(), "attendance", Map.of("sessions", numbers.size()));
        return standing(found, course);
    }

    /**
     * The certificates earned in a course: every participant's for the secretariat (audited), one's own otherwise.
     */
    @Transactional // not read-only: the secretariat's read is written to the audit trail
    public List<Standing> certificates(Actor actor, String code) {
        var course = course(code);
        List<Enrolment> shown;
        if (actor.isStaff()) {
            shown = enrolments.findByCourseOrderByEnrolledAtAscIdAsc(course.code());
            audit.personalDataRead("mobility.course", course.code(), "certificates");
        } else {
            shown = enrolments.findByCourseAndPersonId(course.code(), actor.person().value()).stream().toList();
        }
        return shown.stream().map(e -> standing(e, course)).filter(s -> s.outcome().earned()).toList();
    }

    @Transactional(readOnly = true)
    public long enrolled(String code) {
        return enrolments.countByCourse(code);
    }

    static Standing standing(Enrolment e, CourseCatalog.Course course) {
        int attended = (int) e.attended().stream().filter(s -> s >= 1 && s <= course.sessions()).count();
        return new Standing(e.id(), CertificateRule.of(attended, course.sessions(), course.threshold()));
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
