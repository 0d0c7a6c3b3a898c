package org.pacto.pledges.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How far a pledge has been fulfilled: the weighted mean over its targets of
 * {@code clamp((latest − baseline) / (target − baseline), 0, 1)}, in percent, with every step shown.
 *
 * <p>Rules, so the figure can be checked by hand:
 * <ul>
 *   <li>A target with no reported value counts as its baseline (0 %).</li>
 *   <li>A target may go down (target &lt; baseline, e.g. fewer days to process a claim): the same
 *       formula then rewards values below the baseline.</li>
 *   <li>A target equal to its baseline ("keep at least this level") has no distance to cover, so
 *       no division: it counts 100 % once a reported value reaches it ({@code latest ≥ target}),
 *       otherwise 0 %.</li>
 *   <li>Weights are relative. A target without a weight gets the mean of the others' weights (1
 *       when no target has one). Weights summing to zero count as equal weights.</li>
 *   <li>The result is rounded half-up to one decimal; 100 is only reached when every target is.</li>
 * </ul>
 */
public final class Fulfilment {

    private Fulfilment() {
    }

    /**
     * One measurable target with its latest reported value (null when none yet). Values are bounded
     * (at most {@value #MAX_DIGITS} digits either side of the point): subtracting {@code 1e-999999999}
     * from {@code 1e999999999} would need a two-billion-digit number, so such a value is refused here
     * rather than computed (issue 16, item 1; the input layer refuses it long before).
     */
    public record Target(String name, BigDecimal baseline, BigDecimal target, @Nullable BigDecimal latest,
                         @Nullable BigDecimal weight) {
        public Target {
            for (BigDecimal value : java.util.Arrays.asList(baseline, target, latest, weight)) {
                if (value != null && value.signum() != 0
                        && (value.scale() > MAX_DIGITS || (long) value.precision() - value.scale() > MAX_DIGITS)) {
                    throw new IllegalArgumentException("a value beyond " + MAX_DIGITS + " digits: " + name);
                }
            }
        }
    }

    /** Digits either side of the point a value may have (numeric(20,4) columns need far fewer). */
    public static final int MAX_DIGITS = 34;

    /** One line of the calculation: the target's progress, its normalised weight and its share. */
    public record Step(String target, BigDecimal baseline, BigDecimal targetValue, @Nullable BigDecimal latest,
                       double progress, double weight, double contribution, String explanation) {
    }

    /** The percentage (0–100, one decimal) and how it was obtained. */
    public record Result(double percent, List<Step> steps) {
        public boolean complete() {
            return percent >= 100.0;
        }
    }

    public static Result of(List<Target> targets) {
        if (targets.isEmpty()) {
            return new Result(0, List.of());
        }
        double givenSum = 0;
        int given = 0;
        for (Target t : targets) {
            if (t.weight() != null) {
                givenSum += t.weight().doubleValue();
                given++;
            }
        }
        double missing = given == 0 ? 1.0 : givenSum / given;
        double[] weights = new double[targets.size()];
        double total = 0;
        for (int i = 0; i < targets.size(); i++) {
            var w = targets.get(i).weight();
            weights[i] = Math.max(0, w == null ? missing : w.doubleValue());
            total += weights[i];
        }
        if (total <= 0) {
            java.util.Arrays.fill(weights, 1.0);
            total = targets.size();
        }
        List<Step> steps = new ArrayList<>();
        double sum = 0;
        boolean allComplete = true;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            double progress = progress(t.baseline(), t.target(), t.latest());
            allComplete &= progress >= 1.0;
            double weight = weights[i] / total;
            double contribution = weight * progress;
            sum += contribution;
            steps.add(new Step(t.name(), t.baseline(), t.target(), t.latest(), progress, weight, contribution,
                    explain(t, progress, weight)));
        }
        double percent = BigDecimal.valueOf(sum * 100).setScale(1, RoundingMode.HALF_UP).doubleValue();
        if (!allComplete && percent >= 100.0) {
            percent = 99.9;
        }
        if (allComplete) {
            percent = 100.0;
        }
        return new Result(Math.max(0, Math.min(100, percent)), List.copyOf(steps));
    }

    /** The clamped progress of one target, 0–1. */
    public static double progress(BigDecimal baseline, BigDecimal target, @Nullable BigDecimal latest) {
        if (latest == null) {
            return 0;
        }
        BigDecimal distance = target.subtract(baseline);
        if (distance.signum() == 0) {
            return latest.compareTo(target) >= 0 ? 1 : 0;
        }
        double ratio = latest.subtract(baseline).doubleValue() / distance.doubleValue();
        return Math.max(0, Math.min(1, ratio));
    }

    /**
     * A value as people write it. The inputs are bounded to 4 decimals before they get here, but the
     * plain form of a value such as {@code 1e-999999999} has a billion digits (issue 16, item 1): beyond
     * 30 digits either side of the point the scientific form is shown instead.
     */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (stripped.scale() > 30 || integerDigits > 30) {
            return stripped.toString();
        }
        return stripped.toPlainString();
    }

    private static String explain(Target t, double progress, double weight) {
        String latest = t.latest() == null ? "—" : plain(t.latest());
        String base = plain(t.baseline());
        String goal = plain(t.target());
        String formula = t.baseline().compareTo(t.target()) == 0
                ? "latest " + latest + (progress >= 1 ? " ≥ " : " < ") + goal
                : "clamp((" + latest + " − " + base + ") / (" + goal + " − " + base + "), 0, 1)";
        return String.format(java.util.Locale.ROOT, "%s = %.3f × weight %.3f = %.3f", formula, progress, weight,
                progress * weight);
    }
}
