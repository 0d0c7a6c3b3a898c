package org.pacto.indicators.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The answers of the three public {@code compute} operations (public contract: field names stay). */
final class ComputeAnswers {

    private ComputeAnswers() {
    }

    /** One step in the reader's language, its stable code and the method document behind it. */
    record StepView(@Schema(example = "rpw-corridor-average") String code, String text, String source) {
    }

    record RemittanceCostAnswer(List<CorridorAnswer> corridors,
                                @Schema(description = "Mean over all services, percent; null without services")
                                @Nullable BigDecimal globalAverage,
                                List<StepView> steps) {
    }

    record CorridorAnswer(@Schema(example = "US-MX") String corridor, int services,
                          @Schema(description = "Simple mean of the corridor's services, percent") BigDecimal average,
                          @Schema(description = "Mean of the three cheapest SmaRT-eligible services; null when fewer "
                                  + "than three qualify") @Nullable BigDecimal smart,
                          List<String> smartServices) {
    }

    record RecruitmentCostAnswer(@Schema(description = "Weighted mean of cost ÷ first-month earnings, percent")
                                 @Nullable BigDecimal value,
                                 @Schema(description = "Workers counted") int workers,
                                 @Schema(description = "Workers left out for lack of positive earnings") int excluded,
                                 List<StepView> steps) {
    }

    record RemittanceShareAnswer(List<CountryAnswer> countries,
                                 @Schema(description = "Σ remittances ÷ Σ GDP × 100") @Nullable BigDecimal aggregate,
                                 List<StepView> steps) {
    }

    record CountryAnswer(String country, @Schema(description = "Remittances ÷ GDP × 100") BigDecimal value) {
    }
}
