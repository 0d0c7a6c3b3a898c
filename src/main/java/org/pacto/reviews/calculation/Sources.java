package org.pacto.reviews.calculation;

/** Where each rule of the observer's check comes from, cited in every step and finding. */
final class Sources {

    static final String VOLUNTARY_REVIEW = "GFMD 2020, Theme 6, \"Marco Voluntario de Examen\" (seed 002): a neutral "
            + "observer compiles the shared lists of policy initiatives and checks them for coherence";
    static final String GCM_OBJECTIVES = "A/RES/73/195, paragraphs 16-39: the 23 objectives";
    static final String ISSUE_STALE = "Pacto issue 9: in force but ended before the reference date, or last verified "
            + "more than 24 months before it";
    static final String ISSUE_PLANNED = "Pacto issue 9: planned but started more than two years before the "
            + "reference date";
    static final String ISSUE_LEGAL_BASIS = "Pacto issue 9: laws and regulations in force name their legal basis";
    static final String ISSUE_DUPLICATE = "Pacto issue 9: same responsible authority and same title after "
            + "normalising case, accents, punctuation and spaces";
    static final String GCM_PRINCIPLES = "A/RES/73/195, paragraph 15 (guiding principles)";
    static final String LOCAL_ALIGNMENT = "IOM, Políticas públicas locales con enfoque del Pacto Mundial (seed 004); "
            + "GCM objective 23, paragraph 39 (c): policy coherence between levels of government";
    static final String MGI = "Inspired by IOM's Migration Governance Indicators, six domains (seeds 000 and 003); "
            + "Pacto's own questions";

    private Sources() {
    }
}
