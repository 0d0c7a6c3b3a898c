package org.pacto.mobility.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.mobility.calculation.Step;
import org.pacto.mobility.domain.CourseCatalog;
import org.pacto.mobility.domain.Courses;
import org.pacto.mobility.domain.Mentoring;
import org.pacto.mobility.domain.MentoringMatch;
import org.pacto.platform.Paging;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Courses and mentoring for officials and returnees (issue 14): paths and field names of the public contract. */
@RestController
@RequestMapping("/api/v1/mobility")
@Tag(name = "mobility", description = "Labour mobility and skills: ISCO-08 occupations, recognition procedures by "
        + "country, occupations in demand and the labour-demand model")
class LearningApi {

    private final Courses courses;
    private final CourseCatalog catalog;
    private final Mentoring mentoring;
    private final Actors actors;
    private final MessageSource messages;

    LearningApi(Courses courses, CourseCatalog catalog, Mentoring mentoring, Actors actors, MessageSource messages) {
        this.courses = courses;
        this.catalog = catalog;
        this.mentoring = mentoring;
        this.actors = actors;
        this.messages = messages;
    }

    @Schema(description = "A course for officials or returnees")
    record CourseAnswer(@Schema(example = "labour-mobility-diploma") String id,
                        @Schema(example = "Diploma in labour mobility") String title,
                        @Schema(description = "online, in-person or blended", example = "online") String modality,
                        @Schema(example = "[\"es\", \"en\"]") List<String> languages,
                        @Schema(description = "officials or returnees", example = "officials") String audience,
                        @Schema(example = "120") int hours, @Schema(example = "10") int sessions,
                        @Schema(description = "Percent of sessions to attend for the certificate", example = "80")
                        int threshold,
                        @Schema(example = "[\"fair-recruitment\", \"decent-work\"]") List<String> topics,
                        @Schema(description = "true: an example edition, not announced by any institution")
                        boolean synthetic) {
    }

    record CourseList(int page, int size, long total, List<CourseAnswer> items) {
    }

    @GetMapping("/courses")
    @Operation(summary = "Courses for officials and returnees",
            description = "Public. The diploma in labour mobility (fair recruitment, decent work, labour standards, "
                    + "care work) and training for returnees, with modality, languages, audience, hours, sessions "
                    + "and the attendance needed for the certificate. Never lists participants.")
    CourseList courses(Paging paging) {
        var language = MobilityApi.language();
        var all = catalog.all();
        return new CourseList(paging.page(), paging.size(), all.size(), all.stream().skip(paging.offset())
                .limit(paging.size()).map(c -> course(c, language)).toList());
    }

    CourseAnswer course(CourseCatalog.Course c, org.pacto.platform.Language language) {
        return new CourseAnswer(c.code(), messages.getMessage("mobility.course." + c.code() + ".title", null,
                c.code(), language.locale()), c.modality(), c.languages(), c.audience(), c.hours(), c.sessions(),
                c.threshold(), c.topics(), c.synthetic());
    }

    @Schema(description = "An enrolment: the person is the caller, never named")
    record EnrolmentAnswer(@Schema(example = "3f1c2a8e-2b7d-4c55-9d1e-0a4b6c8d9e10") String id,
                           @Schema(example = "labour-mobility-diploma") String course) {
        static EnrolmentAnswer of(org.pacto.mobility.domain.Enrolment e) {
            return new EnrolmentAnswer(e.id().toString(), e.course());
        }
    }

    @PostMapping("/courses/{id:[a-z0-9-]{1,60}}/enrolments")
    @Operation(summary = "Enrol in a course",
            description = "Any signed-in person enrols themself; enrolling again answers the same enrolment (200) "
                    + "and changes nothing. No body.")
    ResponseEntity<EnrolmentAnswer> enrol(@Parameter(description = "Course id", example = "labour-mobility-diploma")
                                          @PathVariable String id) {
        var enrolled = courses.enrol(actor(), id);
        var answer = EnrolmentAnswer.of(enrolled.enrolment());
        return enrolled.created()
                ? ResponseEntity.created(URI.create("/api/v1/mobility/courses/" + id + "/certificates")).body(answer)
                : ResponseEntity.ok(answer);
    }

    @Schema(description = "Sessions attended by one enrolled person")
    record AttendanceInput(@Schema(description = "Enrolment id", example = "3f1c2a8e-2b7d-4c55-9d1e-0a4b6c8d9e10")
                           @Nullable String enrolment,
                           @Schema(description = "Session numbers, 1 to the course's sessions", example = "[1, 2, 3]")
                           @Nullable List<Object> sessions) {
    }

    @Schema(description = "Where an enrolled person stands: sessions attended and whether the certificate is earned")
    record StandingAnswer(@Schema(example = "3f1c2a8e-2b7d-4c55-9d1e-0a4b6c8d9e10") String enrolment,
                          @Schema(example = "8") int attended, @Schema(example = "10") int sessions,
                          @Schema(example = "80") int threshold, @Schema(example = "80") int share,
                          boolean certificate, List<Step> steps) {
        static StandingAnswer of(Courses.Standing s) {
            var o = s.outcome();
            return new StandingAnswer(s.enrolment().toString(), o.attended(), o.sessions(), o.threshold(), o.share(),
                    o.earned(), o.steps());
        }
    }

    @PostMapping("/courses/{id:[a-z0-9-]{1,60}}/attendance")
    @Operation(summary = "Record attendance",
            description = "The secretariat. Adds the sessions attended to an enrolment of this course (attending a "
                    + "session twice counts once); unknown enrolment or a session outside the course answers 400 "
                    + "with field errors and nothing is recorded. Never returns who the person is.")
    StandingAnswer attend(@Parameter(description = "Course id", example = "labour-mobility-diploma")
                          @PathVariable String id, @RequestBody AttendanceInput body) {
        return StandingAnswer.of(courses.attend(actor(), id, body.enrolment(), body.sessions()));
    }

    record CertificateList(List<StandingAnswer> items) {
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping("/courses/{id:[a-z0-9-]{1,60}}/certificates")
    @Operation(summary = "Certificates earned in a course",
            description = "Signed in. The secretariat sees every certificate of the course (an audited read); "
                    + "anyone else only their own. A certificate is earned when the sessions attended reach the "
                    + "course's threshold (80 % unless stated). Enrolment ids only, never names.")
    CertificateList certificates(@Parameter(description = "Course id", example = "labour-mobility-diploma")
                                 @PathVariable String id) {
        return new CertificateList(courses.certificates(actor(), id).stream().map(StandingAnswer::of).toList());
    }

    @Schema(description = "The caller as mentor or mentee")
    record ProfileInput(@Schema(description = "mentor or mentee", example = "mentee") @Nullable String role,
                        @Schema(example = "[\"fair-recruitment\", \"care-work\"]") @Nullable List<String> areas,
                        @Schema(example = "[\"es\", \"en\"]") @Nullable List<String> languages) {
    }

    @Schema(description = "A mentoring profile, never with the person's name")
    record ProfileAnswer(@Schema(example = "3f1c2a8e-2b7d-4c55-9d1e-0a4b6c8d9e10") String id, String role,
                         List<String> areas, List<String> languages, boolean synthetic) {
        static ProfileAnswer of(org.pacto.mobility.domain.MentoringProfile p) {
            return new ProfileAnswer(p.id().toString(), p.role(), p.areas().stream().sorted().toList(),
                    p.languages().stream().sorted().toList(), p.synthetic());
        }
    }

    @PostMapping("/mentoring/profiles")
    @Operation(summary = "Describe oneself as mentor or mentee",
            description = "Any signed-in person, for themself: one profile per role, sent again it is replaced "
                    + "(200). Areas are codes (fair-recruitment, decent-work, labour-standards, care-work, "
                    + "skills-recognition, labour-market-information, bilateral-agreements, return); languages es, "
                    + "en, fr, pt.")
    ResponseEntity<ProfileAnswer> profile(@RequestBody ProfileInput body) {
        var described = mentoring.describe(actor(), body.role(), body.areas(), body.languages());
        var answer = ProfileAnswer.of(described.profile());
        return described.created() ? ResponseEntity.status(201).body(answer) : ResponseEntity.ok(answer);
    }

    @Schema(description = "A suggested partner: one point per shared area, one more for a shared language")
    record SuggestionAnswer(@Schema(description = "The candidate's profile id") String profile, int score,
                            List<String> sharedAreas, List<String> sharedLanguages, List<Step> steps) {
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @GetMapping("/mentoring/suggestions")
    @Operation(summary = "Suggested mentoring partners",
            description = "Signed in: for one's own profile (the secretariat: any). Mentors are suggested to "
                    + "mentees and mentees to mentors, best first; a candidate with no shared area is not suggested.")
    List<SuggestionAnswer> suggestions(@Parameter(description = "Profile id (a UUID)", required = true)
                                       @RequestParam(defaultValue = "") String profile) {
        Actor actor = actor();
        java.util.UUID id;
        try {
            id = java.util.UUID.fromString(profile.strip());
        } catch (IllegalArgumentException e) {
            throw new org.pacto.platform.InvalidInputException(new org.pacto.platform.InvalidInputException.FieldProblem(
                    "profile", profile.isBlank() ? "required" : "invalid-id",
                    org.pacto.platform.InputLimits.shortened(profile)));
        }
        return mentoring.suggestions(actor, id).stream().map(s -> new SuggestionAnswer(s.candidate().key(),
                s.score(), s.sharedAreas(), s.sharedLanguages(), s.steps())).toList();
    }

    @Schema(description = "A mentor and a mentee to pair")
    record MatchInput(@Schema(description = "Mentor's profile id") @Nullable String mentor,
                      @Schema(description = "Mentee's profile id") @Nullable String mentee) {
    }

    @Schema(description = "A match: made only when both have accepted")
    record MatchAnswer(String id, String mentor, String mentee, boolean mentorAccepted, boolean menteeAccepted,
                       boolean made) {
        static MatchAnswer of(MentoringMatch m) {
            return new MatchAnswer(m.id().toString(), m.mentorId().toString(), m.menteeId().toString(),
                    m.mentorAccepted(), m.menteeAccepted(), m.made());
        }
    }

    @PostMapping("/mentoring/matches")
    @Operation(summary = "Accept a mentoring match",
            description = "The mentor or the mentee, each for their own side: the first acceptance proposes the "
                    + "match (201), the other side's makes it (made: true). Nobody accepts for another person, "
                    + "not even the secretariat (403). Accepting again changes nothing.")
    ResponseEntity<MatchAnswer> match(@RequestBody MatchInput body) {
        var matched = mentoring.accept(actor(), body.mentor(), body.mentee());
        var answer = MatchAnswer.of(matched.match());
        return matched.created() ? ResponseEntity.status(201).body(answer) : ResponseEntity.ok(answer);
    }

    private Actor actor() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
