package org.pacto.mobility.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.mobility.calculation.LabourDemand;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;

/** A labour-demand run as sent; numbers may be numbers or text, so that "abc" is a field problem. */
@Schema(description = "Parameters of a one-sector labour-demand run (nothing is stored)")
record DemandRunInput(
        @Schema(description = "Years to simulate, 1–100", example = "10") @Nullable Object years,
        @Schema(description = "Time step in years, 0 < dt <= 1, dividing years", example = "0.25") @Nullable Object dt,
        @Schema(description = "Initial stocks") @Nullable Initial initial,
        @Schema(description = "Yearly growth rate of demand, -1 to 1 (a proxy: output, older population…)",
                example = "0.03") @Nullable Object demandGrowth,
        @Schema(description = "Share of workers leaving each year, 0 to 1", example = "0.06") @Nullable Object exitRate,
        @Schema(description = "Domestic workers entering each year (e.g. graduates)", example = "550")
        @Nullable Object domesticEntrants) {

    record Initial(@Schema(example = "10000") @Nullable Object employment,
                   @Schema(example = "10500") @Nullable Object demand) {
    }

    LabourDemand.Parameters parameters() {
        var problems = new ArrayList<FieldProblem>();
        BigDecimal y = bounded(years, "years", BigDecimal.ONE, BigDecimal.valueOf(100), 0, problems);
        BigDecimal step = bounded(dt, "dt", new BigDecimal("0.0001"), BigDecimal.ONE, 4, problems);
        BigDecimal employment = null;
        BigDecimal demand = null;
        if (initial == null) {
            problems.add(new FieldProblem("initial", "required"));
        } else {
            employment = bounded(initial.employment(), "initial.employment", BigDecimal.ZERO,
                    BigDecimal.valueOf(1_000_000_000), 4, problems);
            demand = bounded(initial.demand(), "initial.demand", BigDecimal.ZERO, BigDecimal.valueOf(1_000_000_000),
                    4, problems);
        }
        BigDecimal growth = bounded(demandGrowth, "demandGrowth", BigDecimal.ONE.negate(), BigDecimal.ONE, 6, problems);
        BigDecimal exit = bounded(exitRate, "exitRate", BigDecimal.ZERO, BigDecimal.ONE, 6, problems);
        BigDecimal entrants = bounded(domesticEntrants, "domesticEntrants", BigDecimal.ZERO,
                BigDecimal.valueOf(1_000_000_000), 4, problems);
        if (y != null && step != null) {
            BigDecimal[] division = y.divideAndRemainder(step);
            if (division[1].signum() != 0) {
                problems.add(new FieldProblem("dt", "does-not-divide", y.toPlainString()));
            } else if (division[0].compareTo(BigDecimal.valueOf(LabourDemand.MAX_STEPS)) > 0) {
                problems.add(new FieldProblem("dt", "too-many-steps", LabourDemand.MAX_STEPS));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new LabourDemand.Parameters(y.intValueExact(), step.doubleValue(), employment.doubleValue(),
                demand.doubleValue(), growth.doubleValue(), exit.doubleValue(), entrants.doubleValue());
    }

    private static @Nullable BigDecimal bounded(@Nullable Object value, String field, BigDecimal least,
                                                BigDecimal most, int scale, List<FieldProblem> problems) {
        BigDecimal n = InputLimits.decimal(value, field, true, 10, scale, problems);
        if (n != null && (n.compareTo(least) < 0 || n.compareTo(most) > 0)) {
            problems.add(new FieldProblem(field, "out-of-range", least.toPlainString(), most.toPlainString()));
            return null;
        }
        return n;
    }
}
