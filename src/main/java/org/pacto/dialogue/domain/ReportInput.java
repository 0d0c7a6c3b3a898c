package org.pacto.dialogue.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rapporteurs' report as sent (issue 11): its text and recommendations (text, objectives, addressee). */
public record ReportInput(@Nullable String text, @Nullable List<RecommendationInput> recommendations) {

    public record RecommendationInput(@Nullable String text, @Nullable List<Integer> objectives,
                                      @Nullable String addressee) {
    }
}
