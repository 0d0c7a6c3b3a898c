package org.pacto.portability.web;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.portability.calculation.AgreementFound;
import org.pacto.portability.calculation.CalculationResult;
import org.pacto.portability.calculation.CountryResult;

/** The answer to a calculation, as the API publishes it: the agreements found and one result per country. */
record CalculationAnswer(List<AgreementView> agreements, List<ResultView> results) {

    static CalculationAnswer of(CalculationResult result, EngineTexts texts) {
        return new CalculationAnswer(result.agreements().stream().map(AgreementView::of).toList(),
                result.results().stream().map(r -> ResultView.of(r, texts)).toList());
    }

    record AgreementView(String code, String name, String source, List<String> countries, List<String> notes) {
        static AgreementView of(AgreementFound a) {
            return new AgreementView(a.id(), a.name(), a.source(), a.countries(), a.notes());
        }
    }

    /** One country's result; amounts are rounded HALF_UP to cents, {@code null} when they cannot be computed. */
    record ResultView(String country, @Nullable String agreement, @Nullable Boolean eligibleAlone,
                      @Nullable Boolean eligibleWithTotalization, @Nullable BigDecimal independentAmount,
                      @Nullable BigDecimal theoreticalAmount, @Nullable BigDecimal proRataAmount,
                      @Nullable BigDecimal amountDue, @Nullable String currency, String basis, long daysAlone,
                      long daysTotalised, List<StepView> steps, List<WarningView> warnings) {

        static ResultView of(CountryResult r, EngineTexts texts) {
            return new ResultView(r.country(), r.agreement(), r.eligibleAlone(), r.eligibleWithTotalization(),
                    r.independentAmount(), r.theoreticalAmount(), r.proRataAmount(), r.amountDue(), r.currency(),
                    r.basis(), r.daysAlone(), r.daysTotalised(),
                    r.steps().stream().map(s -> new StepView(s.code(), texts.step(s), s.source())).toList(),
                    r.warnings().stream().map(w -> new WarningView(w.code(), texts.summary(w.code()), texts.detail(w)))
                            .toList());
        }
    }

    /** One step, in the reader's language, with its stable code and the article or source behind it. */
    record StepView(String code, String text, String source) {
    }

    /** @param message the localised meaning of the code; @param detail the specifics, in the same language */
    record WarningView(String code, String message, String detail) {
    }
}
