package org.pacto.reviews.domain;

import java.util.List;
import org.pacto.reviews.calculation.SelfAssessment.Question;

/**
 * Pacto's own self-assessment questions, grouped under the six domains of IOM's Migration Governance Indicators
 * (taxonomy scheme {@code mgi-domain}; the MGI is the inspiration, no IOM text is copied). The wording of each
 * question is in the bundles as {@code reviews.question.<code>}.
 */
public final class AssessmentCatalogue {

    public static final List<Question> QUESTIONS = List.of(
            new Question("rights-services", "migrant-rights"),
            new Question("rights-regularisation", "migrant-rights"),
            new Question("rights-family", "migrant-rights"),
            new Question("government-strategy", "whole-of-government"),
            new Question("government-coordination", "whole-of-government"),
            new Question("government-data", "whole-of-government"),
            new Question("partnerships-states", "partnerships"),
            new Question("partnerships-society", "partnerships"),
            new Question("wellbeing-skills", "well-being"),
            new Question("wellbeing-remittances", "well-being"),
            new Question("crises-plans", "mobility-dimensions-of-crises"),
            new Question("crises-communication", "mobility-dimensions-of-crises"),
            new Question("orderly-border", "safe-orderly-regular-migration"),
            new Question("orderly-trafficking", "safe-orderly-regular-migration"),
            new Question("orderly-labour", "safe-orderly-regular-migration"));

    public static final List<String> DOMAINS = QUESTIONS.stream().map(Question::domain).distinct().toList();

    private AssessmentCatalogue() {
    }

    public static boolean knows(String code) {
        return QUESTIONS.stream().anyMatch(q -> q.code().equals(code));
    }
}
