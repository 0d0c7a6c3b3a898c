package org.pacto.reviews.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.LocalizedText;

/** An initiative as checked by {@link InitiativeRules}: every value valid, ready to be written. */
public record InitiativeDetails(LocalizedText title, String authority, String level, Direction direction,
                                InitiativeType type, List<Integer> objectives, List<String> principles,
                                InitiativeStatus status, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                                @Nullable String legalBasis, @Nullable String url, @Nullable BigDecimal budgetAmount,
                                @Nullable String budgetCurrency, List<String> evidence,
                                @Nullable LocalDate lastVerified) {
    public InitiativeDetails {
        objectives = List.copyOf(objectives);
        principles = List.copyOf(principles);
        evidence = List.copyOf(evidence);
    }
}
