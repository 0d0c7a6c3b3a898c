package org.pacto.mobility.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long and how much a recognition procedure takes, from its steps (issue 14, "Duration").
 *
 * <ul>
 *   <li>Steps with the same {@code order} run in parallel: the stage takes as long as its longest step
 *       (the longest minimum and, separately, the longest maximum).</li>
 *   <li>Stages of different orders run one after another: their days add up.</li>
 *   <li>Minimum and maximum are computed separately, so a procedure's range is [Σ max(min), Σ max(max)].</li>
 *   <li>Costs add up per currency, never converted (no exchange rate is implied); ordered by currency code.</li>
 *   <li>A procedure whose last verification is more than 12 months old is stale.</li>
 * </ul>
 * Source of the rules: seed 001, action line 2, action 1 ("trámites, duraciones, costos y mecanismos de apoyo
 * por país") as specified in issue 14.
 */
public final class ProcedureDuration {

    static final String SOURCE = "Seed 001, line 2, action 1; issue 14 (Duration)";

    private ProcedureDuration() {
    }

    public record Result(int minDays, int maxDays, Map<String, BigDecimal> costs, List<Step> steps) {
        public Result {
            costs = Map.copyOf(costs);
            steps = List.copyOf(steps);
        }

        /** Costs ordered by currency code. */
        public List<Cost> costList() {
            return new TreeMap<>(costs).entrySet().stream().map(e -> new Cost(e.getValue(), e.getKey())).toList();
        }
    }

    public static Result of(List<StepTiming> timings) {
        var stages = new TreeMap<Integer, int[]>();
        var costs = new TreeMap<String, BigDecimal>();
        for (StepTiming t : timings) {
            if (t.daysMin() < 0 || t.daysMax() < t.daysMin()) {
                throw new IllegalArgumentException("days must satisfy 0 <= min <= max");
            }
            int[] stage = stages.computeIfAbsent(t.order(), o -> new int[2]);
            stage[0] = Math.max(stage[0], t.daysMin());
            stage[1] = Math.max(stage[1], t.daysMax());
            if (t.cost() != null) {
                costs.merge(t.cost().currency(), t.cost().amount(), BigDecimal::add);
            }
        }
        var steps = new ArrayList<Step>();
        long min = 0;
        long max = 0;
        for (var stage : stages.entrySet()) {
            long parallel = timings.stream().filter(t -> t.order() == stage.getKey()).count();
            steps.add(Step.of(parallel > 1 ? "stage-parallel" : "stage-sequence", SOURCE,
                    (long) stage.getKey(), parallel, (long) stage.getValue()[0], (long) stage.getValue()[1]));
            min += stage.getValue()[0];
            max += stage.getValue()[1];
        }
        steps.add(Step.of("duration-total", SOURCE, min, max));
        costs.forEach((currency, amount) -> steps.add(Step.of("cost-per-currency", SOURCE, currency, amount)));
        return new Result(Math.toIntExact(min), Math.toIntExact(max), costs, steps);
    }

    /** Stale: not verified within the 12 months before {@code today} (issue 14). */
    public static boolean isStale(LocalDate lastVerified, LocalDate today) {
        return lastVerified.plusMonths(12).isBefore(today);
    }
}
