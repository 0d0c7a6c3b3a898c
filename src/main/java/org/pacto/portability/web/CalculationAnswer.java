package org.pacto.portability.web;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.portability.calculation.AgreementFound;
import org.pacto.portability.calculation.CalculationResult;
import org.pacto.portability.calculation.CountryResult;
import org.pacto.portability.calculation.catalog.ProtectionOption;

/**
 * The answer to a calculation, as the API publishes it: the agreements found, one result per country and,
 * where no agreement links two countries of the career, what the person can still do ({@code options};
 * empty otherwise, and for answers saved before it existed).
 */
record CalculationAnswer(List<AgreementView> agreements, List<ResultView> results, List<OptionView> options) {

    CalculationAnswer {
        options = options == null ? List.of() : List.copyOf(options);
    }

    static CalculationAnswer of(CalculationResult result, EngineTexts texts) {
        return of(result, texts, true);
    }

    /** @param steps false leaves each result's steps out, unrendered (the batch's {@code ?steps=false}) */
    static CalculationAnswer of(CalculationResult result, EngineTexts texts, boolean steps) {
        return new CalculationAnswer(result.agreements().stream().map(AgreementView::of).toList(),
                result.results().stream().map(r -> ResultView.of(r, texts, steps)).toList(),
                result.options().stream().map(o -> OptionView.of(o, texts)).toList());
    }

    /**
     * One thing the person can still do where no agreement protects: {@code kind} is
     * {@code voluntary-affiliation-abroad}, {@code welfare-fund}, {@code consular-registration} or
     * {@code agreement-not-in-force}; {@code text} and {@code conditions} in the reader's language; {@code source}
     * in its original language.
     */
    record OptionView(String kind, String code, @Nullable String country, String text, String conditions,
                      String source) {
        static OptionView of(ProtectionOption o, EngineTexts texts) {
            return new OptionView(o.kind(), o.code(), o.country(), texts.option(o), texts.optionConditions(o),
                    o.source());
        }
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CalculationAgreement", description = "An agreement that applies to the career.")
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

        static ResultView of(CountryResult r, EngineTexts texts, boolean steps) {
            return new ResultView(r.country(), r.agreement(), r.eligibleAlone(), r.eligibleWithTotalization(),
                    r.independentAmount(), r.theoreticalAmount(), r.proRataAmount(), r.amountDue(), r.currency(),
                    r.basis(), r.daysAlone(), r.daysTotalised(),
                    steps ? r.steps().stream().map(s -> new StepView(s.code(), texts.step(s), s.source())).toList()
                            : List.of(),
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
