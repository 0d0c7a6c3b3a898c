package org.pacto.taxonomy;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.Language;

/**
 * One of the GCM's 23 objectives (A/RES/73/195, paragraphs 17–39), in one language.
 * {@code handbookShortTitle} is the short title the IOM handbook (seed 004) gives it, in Spanish.
 */
public record Objective(int number, int gcmParagraph, String title, String shortTitle, String commitment,
                        List<LocalAction> actions, Language language, boolean official,
                        @Nullable String handbookShortTitle) {

    public List<String> localActions() {
        return actions.stream().map(LocalAction::text).toList();
    }

    /** An action for local authorities and where its wording comes from. */
    public record LocalAction(String text, Source source) {

        /** Codes of {@code taxonomy.local_action.source} (migration V7). */
        public enum Source {
            /** The words of the IOM handbook (seed 004). */
            HANDBOOK("handbook"),
            /** The handbook's words with the abbreviation "AL" written out. */
            HANDBOOK_ADAPTED("handbook-adapted"),
            /** Pacto's own wording drawn from the GCM, where the handbook is silent. */
            PACTO("pacto");

            private final String code;

            Source(String code) {
                this.code = code;
            }

            public String code() {
                return code;
            }

            public static Source of(String code) {
                for (Source s : values()) {
                    if (s.code.equals(code)) {
                        return s;
                    }
                }
                throw new IllegalArgumentException("unknown local action source " + code);
            }
        }
    }
}
