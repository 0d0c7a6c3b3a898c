package org.pacto.reviews.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An initiative as sent (API body or form), before validation: every field may be missing or wrong. Field names are
 * the public contract of issue 9. {@code language} is the language the text is written in (Spanish when absent).
 */
public record InitiativeInput(@Nullable String language, @Nullable String title, @Nullable String authority,
                              @Nullable String level, @Nullable String direction, @Nullable String type,
                              @Nullable List<Integer> objectives, @Nullable List<String> principles,
                              @Nullable String status, @Nullable String startDate, @Nullable String endDate,
                              @Nullable String legalBasis, @Nullable String url, @Nullable Budget budget,
                              @Nullable List<String> evidence, @Nullable String lastVerified) {

    public record Budget(@Nullable Object amount, @Nullable String currency) {
    }
}
