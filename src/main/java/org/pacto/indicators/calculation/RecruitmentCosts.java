package org.pacto.indicators.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * SDG 10.7.1, recruitment cost borne by the employee as a proportion of monthly income earned in the country of
 * destination, by the ILO–World Bank guidelines: for each worker the ratio of the recruitment costs paid to the
 * first month's earnings; the indicator is the weighted mean of these ratios, in percent. A worker who paid nothing
 * counts with ratio 0; a worker without positive first-month earnings has no ratio, is left out and counted.
 */
public final class RecruitmentCosts {

    private RecruitmentCosts() {
    }

    /** @param value the indicator in percent (two decimals), null when no worker has earnings */
    public record Result(@Nullable BigDecimal value, int workers, int excluded, List<Step> steps) {
    }

    public static Result compute(List<RecruitmentWorker> workers) {
        validate(workers);
        var steps = new ArrayList<Step>();
        BigDecimal weightedRatios = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        int excluded = 0;
        for (RecruitmentWorker w : workers) {
            if (w.firstMonthEarnings().signum() <= 0) {
                excluded++;
                continue;
            }
            weightedRatios = weightedRatios.add(Decimals.divide(w.cost(), w.firstMonthEarnings()).multiply(w.weight()));
            weights = weights.add(w.weight());
        }
        int counted = workers.size() - excluded;
        steps.add(Step.of("recruitment-excluded", Sources.ILO_WB, (long) workers.size(), (long) excluded));
        if (counted == 0) {
            return new Result(null, 0, excluded, steps);
        }
        steps.add(Step.of("recruitment-ratio", Sources.ILO_WB, (long) counted, weights.stripTrailingZeros()));
        BigDecimal value = Decimals.published(Decimals.divide(weightedRatios, weights).multiply(Decimals.HUNDRED));
        steps.add(Step.of("recruitment-value", Sources.ILO_WB, value));
        return new Result(value, counted, excluded, steps);
    }

    /** The indicator for each value of a breakdown (sex, corridor, occupation); workers without the key are left out. */
    public static Map<String, Result> by(List<RecruitmentWorker> workers,
                                         Function<RecruitmentWorker, @Nullable String> key) {
        Map<String, List<RecruitmentWorker>> groups = new TreeMap<>();
        for (RecruitmentWorker w : workers) {
            String k = key.apply(w);
            if (k != null) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(w);
            }
        }
        Map<String, Result> results = new TreeMap<>();
        groups.forEach((k, group) -> results.put(k, compute(group)));
        return results;
    }

    private static void validate(List<RecruitmentWorker> workers) {
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < workers.size(); i++) {
            RecruitmentWorker w = workers.get(i);
            String at = "workers[" + i + "].";
            if (w.cost().signum() < 0) {
                errors.add(new FieldError(at + "cost", "negative"));
            }
            if (w.firstMonthEarnings().signum() < 0) {
                errors.add(new FieldError(at + "firstMonthEarnings", "negative"));
            }
            if (w.weight().signum() <= 0) {
                errors.add(new FieldError(at + "weight", "not-positive"));
            }
        }
        if (!errors.isEmpty()) {
            throw new CalculationInputException(errors);
        }
    }
}
