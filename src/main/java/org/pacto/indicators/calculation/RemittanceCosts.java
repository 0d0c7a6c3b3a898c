package org.pacto.indicators.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * SDG 10.c.1, remittance costs as a proportion of the amount remitted, by RPW's method.
 *
 * <ul>
 *   <li>Corridor average: the simple (unweighted) mean of the total cost of the corridor's services.</li>
 *   <li>Global (or regional) average: the simple mean over <em>all services</em> in scope — not the mean of the
 *       corridor averages, so a corridor with more services weighs more.</li>
 *   <li>SmaRT: the mean of the three cheapest services that are transparent, deliver within five days and are
 *       accessible; with fewer than three such services it is not computable, and the result says so.</li>
 *   <li>Targets: SDG target 10.c asks for corridors above 5 % to disappear and an average of 3 %.</li>
 * </ul>
 * Values are published with two decimals (HALF_UP); sums are exact in between.
 */
public final class RemittanceCosts {

    public static final BigDecimal SMART_TARGET = BigDecimal.valueOf(5);
    public static final BigDecimal AVERAGE_TARGET = BigDecimal.valueOf(3);
    public static final int SMART_SERVICES = 3;
    private static final Pattern CORRIDOR = Pattern.compile("[A-Z]{2}-[A-Z]{2}");
    private static final BigDecimal MAX_COST = BigDecimal.valueOf(100);

    private RemittanceCosts() {
    }

    public record Corridor(String corridor, int services, BigDecimal average, @Nullable BigDecimal smart,
                           List<String> smartServices, boolean smartBelowTarget, boolean averageBelowTarget) {
    }

    public record Result(List<Corridor> corridors, @Nullable BigDecimal globalAverage, List<Step> steps) {
    }

    public static Result compute(List<RemittanceService> services) {
        validate(services);
        var steps = new ArrayList<Step>();
        steps.add(Step.of("rpw-services", Sources.RPW, (long) services.size()));
        Map<String, List<RemittanceService>> byCorridor = new LinkedHashMap<>();
        services.forEach(s -> byCorridor.computeIfAbsent(s.corridor(), k -> new ArrayList<>()).add(s));
        var corridors = new ArrayList<Corridor>();
        for (var entry : byCorridor.entrySet()) {
            corridors.add(corridor(entry.getKey(), entry.getValue(), steps));
        }
        BigDecimal global = services.isEmpty() ? null : Decimals.published(mean(services));
        if (global != null) {
            steps.add(Step.of("rpw-global-average", Sources.RPW, (long) services.size(), global));
            steps.add(Step.of("rpw-targets", Sources.RPW, SMART_TARGET, AVERAGE_TARGET));
        }
        return new Result(corridors, global, steps);
    }

    private static Corridor corridor(String code, List<RemittanceService> services, List<Step> steps) {
        BigDecimal average = Decimals.published(mean(services));
        steps.add(Step.of("rpw-corridor-average", Sources.RPW, code, (long) services.size(), average));
        List<RemittanceService> cheapest = services.stream().filter(RemittanceService::smartEligible)
                .sorted(Comparator.comparing(RemittanceService::totalCostPercent)).limit(SMART_SERVICES).toList();
        BigDecimal smart = null;
        if (cheapest.size() < SMART_SERVICES) {
            steps.add(Step.of("rpw-smart-not-computable", Sources.RPW, code, (long) cheapest.size()));
        } else {
            smart = Decimals.published(mean(cheapest));
            steps.add(Step.of("rpw-smart", Sources.RPW, code,
                    cheapest.stream().map(RemittanceService::firm).toList(), smart));
        }
        return new Corridor(code, services.size(), average, smart,
                cheapest.size() < SMART_SERVICES ? List.of() : cheapest.stream().map(RemittanceService::firm).toList(),
                smart != null && smart.compareTo(SMART_TARGET) <= 0, average.compareTo(AVERAGE_TARGET) <= 0);
    }

    private static BigDecimal mean(List<RemittanceService> services) {
        BigDecimal sum = services.stream().map(RemittanceService::totalCostPercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Decimals.divide(sum, BigDecimal.valueOf(services.size()));
    }

    private static void validate(List<RemittanceService> services) {
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < services.size(); i++) {
            RemittanceService s = services.get(i);
            String at = "services[" + i + "].";
            if (!CORRIDOR.matcher(s.corridor()).matches()) {
                errors.add(new FieldError(at + "corridor", "invalid-corridor"));
            }
            if (s.firm().isBlank()) {
                errors.add(new FieldError(at + "firm", "required"));
            }
            if (s.totalCostPercent().signum() < 0 || s.totalCostPercent().compareTo(MAX_COST) > 0) {
                errors.add(new FieldError(at + "totalCostPercent", "percent-out-of-range"));
            }
            if (s.speedDays().signum() < 0 || s.speedDays().compareTo(BigDecimal.valueOf(365)) > 0) {
                errors.add(new FieldError(at + "speedDays", "days-out-of-range"));
            }
        }
        if (!errors.isEmpty()) {
            throw new CalculationInputException(errors);
        }
    }
}
