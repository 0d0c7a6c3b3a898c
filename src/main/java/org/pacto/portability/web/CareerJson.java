package org.pacto.portability.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One career as the API receives it (the public contract of
 * {@code POST /api/v1/portability/calculations}). Dates and codes arrive as text so that a bad
 * value is reported against its own field ({@code periods[2].to}) rather than as an unreadable body.
 *
 * @param id optional caller's reference, echoed in batch results
 */
record CareerJson(@Nullable String id, @Nullable PersonJson person, @Nullable ClaimJson claim,
                  @Nullable List<PeriodJson> periods, @Nullable Map<String, EarningsJson> earnings) {

    record PersonJson(@Nullable String birthDate, @Nullable String sex) {
    }

    /**
     * @param contingencyDate optional: date the risk materialised (onset of invalidity, death); the claim date if absent
     * @param relationship optional, survivors: {@code spouse}, {@code partner}, {@code child} or {@code parent}
     */
    record ClaimJson(@Nullable String benefit, @Nullable String date, @Nullable String country,
                     @Nullable String contingencyDate, @Nullable String relationship) {

        ClaimJson(@Nullable String benefit, @Nullable String date, @Nullable String country) {
            this(benefit, date, country, null, null);
        }
    }

    record PeriodJson(@Nullable String country, @Nullable String from, @Nullable String to, @Nullable String kind,
                      @Nullable String scheme) {
    }

    record EarningsJson(@Nullable BigDecimal referenceWage, @Nullable String currency) {
    }
}
