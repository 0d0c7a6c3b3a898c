package org.pacto.mobility.calculation;

import java.util.ArrayList;
import java.util.List;

/**
 * Euler integration of a {@link StockFlowModel}: at each step every flow's rate is evaluated on the current
 * stocks, and each stock changes by (inflows − outflows) × dt. Source: the Euler method as XMILE 1.0 (OASIS,
 * section 3.7.1) and the common system-dynamics tools define it.
 *
 * <p>Two rules keep the result meaningful: a negative rate is taken as zero (a flow has a direction; a
 * bidirectional flow is modelled as two), and when a stock's outflows over one step would exceed what it
 * holds, they are scaled down together so that the stock reaches zero and never goes below (recorded as
 * {@code outflow-capped}). Hence stocks are never negative, and everything is conserved: the stocks' total at
 * the end equals the total at the start plus what came from sources minus what went to sinks.
 */
public final class EulerIntegration {

    static final String SOURCE = "XMILE 1.0 (OASIS), 3.7.1 Euler integration";

    private EulerIntegration() {
    }

    /** Stock values at each recorded time, the auxiliaries at those times, and the totals that entered/left. */
    public record Trajectory(double[] times, double[][] stocks, double[][] auxiliaries, double fromSources,
                             double toSinks, int cappedSteps, List<Step> steps) {
    }

    /**
     * @param duration the simulated time (e.g. years), > 0
     * @param dt the step, 0 < dt <= duration
     * @param maxSteps refuses a run with more steps (the caller validates its input against it first)
     */
    public static Trajectory run(StockFlowModel model, double duration, double dt, int maxSteps) {
        if (!(dt > 0) || !(duration > 0) || dt > duration || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("need 0 < dt <= duration");
        }
        int n = (int) Math.round(duration / dt);
        if (n > maxSteps) {
            throw new IllegalArgumentException("too many steps");
        }
        int s = model.stocks().size();
        int f = model.flows().size();
        int a = model.auxiliaries().size();
        double[] times = new double[n + 1];
        double[][] values = new double[n + 1][s];
        double[][] aux = new double[n + 1][a];
        for (int i = 0; i < s; i++) {
            values[0][i] = model.stocks().get(i).initial();
        }
        double[] rates = new double[f];
        double[] outflow = new double[s];
        double fromSources = 0;
        double toSinks = 0;
        int capped = 0;
        for (int step = 0; step <= n; step++) {
            double t = step * dt;
            times[step] = t;
            double[] now = values[step];
            for (int k = 0; k < a; k++) {
                aux[step][k] = model.auxiliaries().get(k).equation().at(t, now);
            }
            if (step == n) {
                break;
            }
            java.util.Arrays.fill(outflow, 0);
            for (int k = 0; k < f; k++) {
                double r = model.flows().get(k).rate().at(t, now);
                rates[k] = Double.isFinite(r) && r > 0 ? r : 0;
                int from = model.flows().get(k).from();
                if (from >= 0) {
                    outflow[from] += rates[k] * dt;
                }
            }
            boolean cappedHere = false;
            for (int k = 0; k < f; k++) {
                int from = model.flows().get(k).from();
                if (from >= 0 && outflow[from] > now[from]) {
                    rates[k] = outflow[from] == 0 ? 0 : rates[k] * (now[from] / outflow[from]);
                    cappedHere = true;
                }
            }
            if (cappedHere) {
                capped++;
            }
            double[] next = values[step + 1];
            System.arraycopy(now, 0, next, 0, s);
            for (int k = 0; k < f; k++) {
                double moved = rates[k] * dt;
                var flow = model.flows().get(k);
                if (flow.from() >= 0) {
                    next[flow.from()] -= moved;
                } else {
                    fromSources += moved;
                }
                if (flow.to() >= 0) {
                    next[flow.to()] += moved;
                } else {
                    toSinks += moved;
                }
            }
            for (int i = 0; i < s; i++) {
                if (next[i] < 0) {
                    next[i] = 0; // rounding only: outflows were scaled to what the stock held
                }
            }
        }
        var steps = new ArrayList<Step>();
        steps.add(Step.of("euler", SOURCE, (long) n, dt));
        if (capped > 0) {
            steps.add(Step.of("outflow-capped", SOURCE, (long) capped));
        }
        return new Trajectory(times, values, aux, fromSources, toSinks, capped, steps);
    }
}
