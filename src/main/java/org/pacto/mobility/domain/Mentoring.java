package org.pacto.mobility.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.mobility.calculation.MentoringSuggestions;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentoring round for officials (issue 14, after seed 001, line 2): people describe themselves as mentor or
 * mentee (areas from {@link #AREAS}, languages of {@link Language}), see suggestions ranked by
 * {@link MentoringSuggestions}, and a match is made only when both sides have accepted it; each side accepts for
 * themself only, so no one (not even the secretariat) can accept for another.
 */
@Service
public class Mentoring {

    public static final String MENTOR = "mentor";
    public static final String MENTEE = "mentee";
    /** The areas of the diploma course and of seeds 001–003, as codes (titles in the message bundle). */
    public static final List<String> AREAS = List.of("fair-recruitment", "decent-work", "labour-standards",
            "care-work", "skills-recognition", "labour-market-information", "bilateral-agreements", "return");

    private final MentoringProfileRepository profiles;
    private final MentoringMatchRepository matches;
    private final AuditTrail audit;
    private final Clock clock;

    Mentoring(MentoringProfileRepository profiles, MentoringMatchRepository matches, AuditTrail audit,
              ObjectProvider<Clock> clock) {
        this.profiles = profiles;
        this.matches = matches;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public record Described(MentoringProfile profile, boolean created) {
    }

    public record Matched(MentoringMatch match, boolean created) {
    }

    /** Creates or replaces the caller's profile in that role. */
    @Transactional
    public Described describe(Actor actor, @Nullable String role, @Nullable List<String> areas,
                              @Nullable List<String> languages) {
        var problems = new ArrayList<FieldProblem>();
        if (role == null || !(role.equals(MENTOR) || role.equals(MENTEE))) {
            problems.add(new FieldProblem("role", role == null ? "required" : "unknown-role",
                    InputLimits.shortened(String.valueOf(role))));
        }
        Set<String> a = codes("areas", areas, AREAS, problems);
        Set<String> l = codes("languages", languages, Language.codes(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var existing = profiles.findByPersonIdAndRole(actor.person().value(), role);
        if (existing.isPresent()) {
            existing.get().describe(a, l);
            return new Described(profiles.save(existing.get()), false);
        }
        var saved = profiles.save(new MentoringProfile(actor.person().value(), role, a, l, false, clock.instant()));
        audit.changed("mobility.mentoring-profile", saved.id().toString(), "created", Map.of("role", role));
        return new Described(saved, true);
    }

    /** Creates a synthetic demonstration profile (no person behind it). */
    @Transactional
    public MentoringProfile demo(String role, Set<String> areas, Set<String> languages) {
        return profiles.save(new MentoringProfile(null, role, areas, languages, true, clock.instant()));
    }

    public long demoProfiles() {
        return profiles.countBySyntheticTrue();
    }

    /** Suggestions for one profile: the caller's own, or any for the secretariat. */
    @Transactional(readOnly = true)
    public List<MentoringSuggestions.Suggestion> suggestions(Actor actor, UUID profileId) {
        var profile = profiles.findById(profileId)
                .orElseThrow(() -> new NotFoundException("mentoring profile", profileId.toString()));
        if (!profile.belongsTo(actor.person().value()) && !actor.isStaff()) {
            throw new AccessDeniedException("suggestions are for the profile's owner");
        }
        String other = profile.role().equals(MENTOR) ? MENTEE : MENTOR;
        var candidates = profiles.findByRoleOrderByCreatedAtAscIdAsc(other).stream().map(Mentoring::person).toList();
        return MentoringSuggestions.rank(person(profile), candidates);
    }

    public List<MentoringProfile> round(String role) {
        return profiles.findByRoleOrderByCreatedAtAscIdAsc(role);
    }

    /**
     * The caller accepts the pair (mentor, mentee) for the side that is theirs; the match is made when the other
     * side accepts too. Refused when the caller owns neither profile.
     */
    @Transactional
    public Matched accept(Actor actor, @Nullable String mentor, @Nullable String mentee) {
        var problems = new ArrayList<FieldProblem>();
        var mentorProfile = profile("mentor", mentor, MENTOR, problems);
        var menteeProfile = profile("mentee", mentee, MENTEE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID person = actor.person().value();
        boolean asMentor = mentorProfile.belongsTo(person);
        if (!asMentor && !menteeProfile.belongsTo(person)) {
            throw new AccessDeniedException("only the mentor or the mentee accepts a match");
        }
        var existing = matches.findByMentorIdAndMenteeId(mentorProfile.id(), menteeProfile.id());
        var match = existing.orElseGet(() -> new MentoringMatch(mentorProfile.id(), menteeProfile.id()));
        boolean wasMade = match.made();
        match.accept(asMentor, clock.instant());
        var saved = matches.save(match);
        if (saved.made() && !wasMade) {
            audit.changed("mobility.mentoring-match", saved.id().toString(), "made", Map.of());
        }
        return new Matched(saved, existing.isEmpty());
    }

    private MentoringProfile profile(String field, @Nullable String id, String role, List<FieldProblem> problems) {
        UUID uuid;
        try {
            uuid = id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            uuid = null;
        }
        var found = uuid == null ? null : profiles.findById(uuid).filter(p -> p.role().equals(role)).orElse(null);
        if (found == null) {
            problems.add(new FieldProblem(field, id == null ? "required" : "unknown-" + role,
                    InputLimits.shortened(String.valueOf(id))));
        }
        return found;
    }

    private static Set<String> codes(String field, @Nullable List<String> values, List<String> allowed,
                                     List<FieldProblem> problems) {
        var out = new TreeSet<String>();
        if (values == null || values.isEmpty()) {
            problems.add(new FieldProblem(field, "required"));
            return out;
        }
        if (values.size() > allowed.size()) {
            problems.add(new FieldProblem(field, "too-many", allowed.size()));
            return out;
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (!allowed.contains(v)) {
                problems.add(new FieldProblem(field + "[" + i + "]", "unknown-code", InputLimits.shortened(v)));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static MentoringSuggestions.Person person(MentoringProfile p) {
        return new MentoringSuggestions.Person(p.id().toString(), p.areas(), p.languages());
    }
}
