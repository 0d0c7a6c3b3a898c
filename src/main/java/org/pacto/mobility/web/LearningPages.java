package org.pacto.mobility.web;

import java.util.ArrayList;
import java.util.List;
import org.pacto.mobility.calculation.MentoringSuggestions;
import org.pacto.mobility.domain.CourseCatalog;
import org.pacto.mobility.domain.Courses;
import org.pacto.mobility.domain.Mentoring;
import org.pacto.mobility.domain.MentoringProfile;
import org.pacto.platform.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Pages for officials (issue 14, seed 001, line 2): the courses with what the certificate asks (/learning) and the
 * mentoring round with its ranked suggestions (/mentoring). People are never named: profiles are numbered.
 */
@PageController
class LearningPages {

    private final CourseCatalog catalog;
    private final Courses courses;
    private final Mentoring mentoring;

    LearningPages(CourseCatalog catalog, Courses courses, Mentoring mentoring) {
        this.catalog = catalog;
        this.courses = courses;
        this.mentoring = mentoring;
    }

    record CourseView(CourseCatalog.Course course, long enrolled) {
    }

    @GetMapping("/learning")
    String learning(Model model) {
        model.addAttribute("courses", catalog.all().stream()
                .map(c -> new CourseView(c, courses.enrolled(c.code()))).toList());
        return "mobility/learning";
    }

    record PartnerView(int number, int score, List<String> sharedAreas, List<String> sharedLanguages) {
    }

    record MenteeView(int number, List<String> areas, List<String> languages, List<PartnerView> suggestions,
                      boolean synthetic) {
    }

    record MentorView(int number, List<String> areas, List<String> languages, boolean synthetic) {
    }

    @GetMapping("/mentoring")
    String mentoring(Model model) {
        var mentors = mentoring.round(Mentoring.MENTOR);
        var mentees = mentoring.round(Mentoring.MENTEE);
        var candidates = mentors.stream().map(LearningPages::person).toList();
        var menteeViews = new ArrayList<MenteeView>();
        for (int i = 0; i < mentees.size() && i < 100; i++) {
            var m = mentees.get(i);
            var ranked = MentoringSuggestions.rank(person(m), candidates).stream().limit(3)
                    .map(s -> new PartnerView(number(mentors, s.candidate().key()), s.score(), s.sharedAreas(),
                            s.sharedLanguages())).toList();
            menteeViews.add(new MenteeView(i + 1, sorted(m.areas()), sorted(m.languages()), ranked, m.synthetic()));
        }
        var mentorViews = new ArrayList<MentorView>();
        for (int i = 0; i < mentors.size() && i < 100; i++) {
            var m = mentors.get(i);
            mentorViews.add(new MentorView(i + 1, sorted(m.areas()), sorted(m.languages()), m.synthetic()));
        }
        model.addAttribute("mentors", mentorViews);
        model.addAttribute("mentees", menteeViews);
        return "mobility/mentoring";
    }

    private static int number(List<MentoringProfile> mentors, String key) {
        for (int i = 0; i < mentors.size(); i++) {
            if (mentors.get(i).id().toString().equals(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<String> sorted(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static MentoringSuggestions.Person person(MentoringProfile p) {
        return new MentoringSuggestions.Person(p.id().toString(), p.areas(), p.languages());
    }
}
