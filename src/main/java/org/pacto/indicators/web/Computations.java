package org.pacto.indicators.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.pacto.indicators.calculation.CalculationInputException;
import org.pacto.indicators.calculation.RecruitmentCosts;
import org.pacto.indicators.calculation.RecruitmentWorker;
import org.pacto.indicators.calculation.RemittanceCosts;
import org.pacto.indicators.calculation.RemittanceService;
import org.pacto.indicators.calculation.RemittanceShares;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs the core for the web: checks that every required field is there (400 naming each missing one), maps the
 * core's refusals to problem details, and renders the steps in the reader's language. Nothing is stored.
 */
@Component
class Computations {

    /** The most rows a compute call takes; larger sets are uploaded as datasets. */
    static final int MAX_ROWS = 10_000;

    private final MessageSource messages;

    Computations(MessageSource messages) {
        this.messages = messages;
    }

    ComputeAnswers.RemittanceCostAnswer remittanceCosts(ComputeRequests.Services body, Locale locale) {
        var problems = new ArrayList<FieldProblem>();
        List<ComputeRequests.Service> rows = rows(body.services(), "services", problems);
        var services = new ArrayList<RemittanceService>();
        for (int i = 0; i < rows.size(); i++) {
            var s = rows.get(i);
            String at = "services[" + i + "].";
            if (present(s.corridor(), at + "corridor", problems) & present(s.firm(), at + "firm", problems)
                    & present(s.totalCostPercent(), at + "totalCostPercent", problems)
                    & present(s.transparent(), at + "transparent", problems)
                    & present(s.speedDays(), at + "speedDays", problems)
                    & present(s.accessible(), at + "accessible", problems)) {
                services.add(new RemittanceService(s.corridor(), s.firm(), s.totalCostPercent(), s.transparent(),
                        s.speedDays(), s.accessible()));
            }
        }
        refuseIf(problems);
        var result = core(() -> RemittanceCosts.compute(services));
        return new ComputeAnswers.RemittanceCostAnswer(result.corridors().stream()
                .map(c -> new ComputeAnswers.CorridorAnswer(c.corridor(), c.services(), c.average(), c.smart(),
                        c.smartServices())).toList(),
                result.globalAverage(), new StepTexts(messages, locale).views(result.steps()));
    }

    ComputeAnswers.RecruitmentCostAnswer recruitmentCosts(ComputeRequests.Workers body, Locale locale) {
        var problems = new ArrayList<FieldProblem>();
        List<ComputeRequests.Worker> rows = rows(body.workers(), "workers", problems);
        var workers = new ArrayList<RecruitmentWorker>();
        for (int i = 0; i < rows.size(); i++) {
            var w = rows.get(i);
            String at = "workers[" + i + "].";
            if (present(w.cost(), at + "cost", problems)
                    & present(w.firstMonthEarnings(), at + "firstMonthEarnings", problems)
                    & present(w.weight(), at + "weight", problems)) {
                workers.add(RecruitmentWorker.of(w.cost(), w.firstMonthEarnings(), w.weight()));
            }
        }
        refuseIf(problems);
        var result = core(() -> RecruitmentCosts.compute(workers));
        return new ComputeAnswers.RecruitmentCostAnswer(result.value(), result.workers(), result.excluded(),
                new StepTexts(messages, locale).views(result.steps()));
    }

    ComputeAnswers.RemittanceShareAnswer remittanceShares(ComputeRequests.Countries body, Locale locale) {
        var problems = new ArrayList<FieldProblem>();
        List<ComputeRequests.CountryInput> rows = rows(body.countries(), "countries", problems);
        var countries = new ArrayList<RemittanceShares.CountryFlows>();
        for (int i = 0; i < rows.size(); i++) {
            var c = rows.get(i);
            String at = "countries[" + i + "].";
            if (present(c.country(), at + "country", problems)
                    & present(c.remittances(), at + "remittances", problems)
                    & present(c.gdp(), at + "gdp", problems)) {
                countries.add(new RemittanceShares.CountryFlows(c.country(), c.remittances(), c.gdp()));
            }
        }
        refuseIf(problems);
        var result = core(() -> RemittanceShares.compute(countries));
        return new ComputeAnswers.RemittanceShareAnswer(result.countries().stream()
                .map(c -> new ComputeAnswers.CountryAnswer(c.country(), c.value())).toList(), result.aggregate(),
                new StepTexts(messages, locale).views(result.steps()));
    }

    static <T> T core(Supplier<T> computation) {
        try {
            return computation.get();
        } catch (CalculationInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(error -> new FieldProblem(error.field(), error.code())).toList());
        }
    }

    private static <T> List<T> rows(@Nullable List<T> rows, String field, List<FieldProblem> problems) {
        if (rows == null) {
            problems.add(new FieldProblem(field, "required"));
            return List.of();
        }
        if (rows.size() > MAX_ROWS) {
            problems.add(new FieldProblem(field, "too-many", MAX_ROWS));
            return List.of();
        }
        return rows;
    }

    private static boolean present(@Nullable Object value, String field, List<FieldProblem> problems) {
        if (value == null || value instanceof String s && s.isBlank()) {
            problems.add(new FieldProblem(field, "required"));
            return false;
        }
        if (value instanceof BigDecimal d && d.abs().compareTo(new BigDecimal("1E18")) >= 0) {
            problems.add(new FieldProblem(field, "number-too-large", 18));
            return false;
        }
        return true;
    }

    private static void refuseIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
