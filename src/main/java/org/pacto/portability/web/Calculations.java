package org.pacto.portability.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.portability.calculation.CalculationInputException;
import org.pacto.portability.calculation.CalculationRequest;
import org.pacto.portability.calculation.CalculationResult;
import org.pacto.portability.calculation.PortabilityCalculator;
import org.pacto.portability.calculation.catalog.Catalog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs the engine for the web: converts a career, calculates with the standard catalog and maps
 * the engine's input errors to {@link InvalidInputException} (400 problem details). Nothing is stored.
 */
@Component
class Calculations {

    private final PortabilityCalculator calculator;
    private final Catalog catalog = Catalog.standard();
    private final MessageSource messages;
    private final Clock clock;

    Calculations(MessageSource messages, ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.calculator = new PortabilityCalculator(this.clock);
        this.messages = messages;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Catalog catalog() {
        return catalog;
    }

    CalculationAnswer calculate(CareerJson career, Locale locale) {
        return calculate(career, locale, true);
    }

    /** @param steps false leaves the step-by-step explanation out without rendering it (batches of amounts only) */
    CalculationAnswer calculate(CareerJson career, Locale locale, boolean steps) {
        return CalculationAnswer.of(result(career, steps), new EngineTexts(messages, locale), steps);
    }

    CalculationResult result(CareerJson career) {
        return result(career, true);
    }

    /** @param steps false: the engine does not build the explanation at all */
    CalculationResult result(CareerJson career, boolean steps) {
        CalculationRequest request = CareerReader.toRequest(career);
        try {
            return calculator.calculate(request, catalog, steps);
        } catch (CalculationInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(error -> new FieldProblem(apiPath(error.field()), error.code()))
                    .toList());
        }
    }

    /** The engine names earnings {@code referenceEarnings}; the API calls them {@code earnings}. */
    private static String apiPath(String enginePath) {
        return enginePath.startsWith("referenceEarnings") ? "earnings" + enginePath.substring(17) : enginePath;
    }

    static List<String> benefits() {
        return List.of("old-age", "invalidity", "survivors");
    }
}
