package org.pacto.mobility.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recognition procedure as sent, before validation: every field may be missing or wrong; numbers may arrive
 * as numbers or text so that "abc" is a field problem, not an unreadable request.
 */
public record ProcedureInput(@Nullable String country, @Nullable String kind, @Nullable String institution,
                             @Nullable List<String> occupations, @Nullable List<StepInput> steps,
                             @Nullable String legalBasis, @Nullable String url, @Nullable String support,
                             @Nullable String lastVerified) {

    public record StepInput(@Nullable Object order, @Nullable String title, @Nullable Object daysMin,
                            @Nullable Object daysMax, @Nullable CostInput cost, @Nullable String documents,
                            @Nullable Boolean online) {
    }

    public record CostInput(@Nullable Object amount, @Nullable String currency) {
    }
}
