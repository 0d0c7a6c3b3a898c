package org.pacto.mobility.calculation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link XmileModel} (an uploaded one, or Pacto's own) with {@link EulerIntegration}: every equation is
 * parsed by {@link XmileEquation} (a closed grammar, nothing executed beyond it), names are resolved, flows and
 * auxiliaries are ordered so that each is computed after what it reads, and a circular definition among them
 * is refused (XMILE 1.0, 3.1.1: only stocks may close a feedback loop). Stocks follow Pacto's integration rules:
 * a negative flow counts as zero and outflows never take a stock below zero (see {@link EulerIntegration}).
 *
 * <p>Limits, checked before anything runs: {@link #MAX_STEPS} steps, {@link #MAX_CELLS} stored values
 * (steps × variables) and {@link #MAX_WORK} node evaluations (steps × equation nodes), so that one upload
 * costs at most a fraction of a second and a few megabytes.
 */
public final class XmileSimulation {

    static final String SOURCE = "XMILE 1.0 (OASIS), 3.1 model equations, 3.7.1 Euler integration";
    public static final int MAX_STEPS = 10_000;
    public static final long MAX_CELLS = 1_000_000;
    public static final long MAX_WORK = 20_000_000;

    /** One reason a model cannot run: a stable code, the variable concerned (or "") and a short detail. */
    public record Problem(String code, String variable, String detail) {
    }

    /** A model that cannot run; carries every problem found (at most {@link #MAX_PROBLEMS}). */
    public static final class Refused extends RuntimeException {
        private final List<Problem> problems;

        Refused(List<Problem> problems) {
            super(problems.getFirst().code());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    static final int MAX_PROBLEMS = 20;

    /** A recorded variable: its name as the model spells it, its kind (stock, flow, aux) and one value per time. */
    public record Series(String name, String kind, double[] values) {
    }

    public record Result(double[] times, List<Series> variables, List<Step> steps) {
    }

    private final XmileModel model;
    private final int stocks;
    private final String[] names;
    private final String[] kinds;
    private final XmileEquation.Node[] equations;
    private final XmileModel.Graph[] graphs;
    private final int[] order;
    private final long nodes;
    private final double[] initial;

    private XmileSimulation(XmileModel model, int stocks, String[] names, String[] kinds,
                            XmileEquation.Node[] equations, XmileModel.Graph[] graphs, int[] order, long nodes,
                            double[] initial) {
        this.model = model;
        this.stocks = stocks;
        this.names = names;
        this.kinds = kinds;
        this.equations = equations;
        this.graphs = graphs;
        this.order = order;
        this.nodes = nodes;
        this.initial = initial;
    }

    /**
     * Checks every equation and returns a model ready to run.
     *
     * @param constants values that replace the equations of the named auxiliaries (a scenario), by canonical name
     * @throws Refused with every problem found
     */
    public static XmileSimulation compile(XmileModel model, Map<String, Double> constants) {
        var index = new LinkedHashMap<String, Integer>();
        var spelled = new ArrayList<String>();
        var kinds = new ArrayList<String>();
        var texts = new ArrayList<String>();
        var graphs = new ArrayList<XmileModel.Graph>();
        model.stocks().forEach(s -> add(index, spelled, kinds, texts, graphs, s.name(), "stock", s.initial(), null));
        model.flows().forEach(f -> add(index, spelled, kinds, texts, graphs, f.name(), "flow", f.equation(), null));
        model.auxiliaries().forEach(a -> add(index, spelled, kinds, texts, graphs, a.name(), "aux", a.equation(),
                a.graph()));
        var problems = new ArrayList<Problem>();
        if (index.size() != spelled.size()) {
            problems.add(new Problem("equation-duplicate-name", "", "two variables share a name"));
            throw new Refused(problems);
        }
        int n = spelled.size();
        int stocks = model.stocks().size();
        for (String c : constants.keySet()) {
            Integer i = index.get(XmileEquation.canonical(c));
            if (i == null || !kinds.get(i).equals("aux") || !Double.isFinite(constants.get(c))) {
                problems.add(new Problem("scenario-unknown-constant", c, "not an auxiliary of the model"));
            } else {
                texts.set(i, Double.toString(constants.get(c)));
                graphs.set(i, null);
            }
        }
        var resolver = new XmileEquation.Resolver(name -> index.getOrDefault(name, -1),
                name -> {
                    Integer i = index.get(name);
                    return i != null && graphs.get(i) != null ? i : -1;
                });
        var equations = new XmileEquation.Node[n];
        var reads = new ArrayList<List<Integer>>();
        long nodes = 0;
        for (int i = 0; i < n; i++) {
            var refs = new ArrayList<Integer>();
            reads.add(refs);
            try {
                var parsed = XmileEquation.parse(texts.get(i), resolver, refs);
                equations[i] = parsed.node();
                nodes += parsed.nodes();
            } catch (XmileEquation.Invalid e) {
                problems.add(new Problem(e.code(), spelled.get(i), "at " + e.position() + ": " + shortened(e)));
            }
            var g = graphs.get(i);
            if (g != null && !isIncreasing(g.xs())) {
                problems.add(new Problem("graph-not-increasing", spelled.get(i), "x points must increase"));
            }
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        int[] order = order(stocks, n, reads, spelled, problems);
        boolean[] fromStock = dependsOnStocks(stocks, n, reads, order);
        for (int i = 0; i < stocks; i++) {
            for (int r : reads.get(i)) {
                if (r < stocks || fromStock[r]) {
                    problems.add(new Problem("initial-reads-stock", spelled.get(i),
                            "an initial value may read constants only, not " + spelled.get(r)));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        var simulation = new XmileSimulation(model, stocks, spelled.toArray(String[]::new),
                kinds.toArray(String[]::new), equations, graphs.toArray(XmileModel.Graph[]::new), order, nodes,
                new double[stocks]);
        double[] values = simulation.evaluate(model.start(), model.dt(), new double[n]);
        for (int i = 0; i < stocks; i++) {
            double v = equations[i].at(simulation.frame(values, model.start(), model.dt()));
            if (!(v >= 0) || Double.isInfinite(v)) {
                problems.add(new Problem("initial-not-allowed", spelled.get(i), "an initial value must be finite and >= 0"));
            }
            simulation.initial[i] = v;
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return simulation;
    }

    /**
     * @param dt the time step, or NaN for the model's own
     * @throws Refused when the run would exceed the limits
     */
    public Result run(double dt) {
        double step = Double.isNaN(dt) ? model.dt() : dt;
        double duration = model.stop() - model.start();
        long steps = Math.round(duration / step);
        var problems = new ArrayList<Problem>();
        if (!(step > 0) || step > duration || Math.abs(steps * step - duration) > 1e-9 * Math.max(1, duration)) {
            problems.add(new Problem("dt-does-not-divide", "", "dt must divide stop − start"));
        } else if (steps > MAX_STEPS) {
            problems.add(new Problem("too-many-steps", "", String.valueOf(MAX_STEPS)));
        } else if ((steps + 1) * names.length > MAX_CELLS || steps * Math.max(1, nodes) > MAX_WORK) {
            problems.add(new Problem("model-too-large-to-run", "", steps + " steps × " + names.length + " variables"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        var builder = StockFlowModel.builder();
        for (int i = 0; i < stocks; i++) {
            builder.stock(names[i], initial[i]);
        }
        var state = new State(this, step);
        var flowEnds = flowEnds();
        for (int i = stocks; i < names.length; i++) {
            int k = i;
            if (kinds[i].equals("flow")) {
                int[] ends = flowEnds.get(i);
                builder.flow(names[i], ends[0] < 0 ? null : names[ends[0]], ends[1] < 0 ? null : names[ends[1]],
                        (t, s) -> state.at(t, s)[k]);
            } else {
                builder.auxiliary(names[i], (t, s) -> state.at(t, s)[k]);
            }
        }
        var trajectory = EulerIntegration.run(builder.build(), duration, step, MAX_STEPS);
        int points = trajectory.times().length;
        double[] times = new double[points];
        var series = new ArrayList<Series>();
        for (int i = 0; i < names.length; i++) {
            series.add(new Series(names[i], kinds[i], new double[points]));
        }
        for (int p = 0; p < points; p++) {
            times[p] = model.start() + trajectory.times()[p];
            double[] all = state.at(trajectory.times()[p], trajectory.stocks()[p]);
            for (int i = 0; i < names.length; i++) {
                series.get(i).values()[p] = all[i];
            }
        }
        var out = new ArrayList<Step>();
        out.add(Step.of("xmile-equations", SOURCE, names.length, (long) nodes));
        out.addAll(trajectory.steps());
        return new Result(times, series, out);
    }

    /** For each flow, the stock it leaves and the stock it enters (-1: outside the model), from the stocks' lists. */
    private Map<Integer, int[]> flowEnds() {
        var ends = new HashMap<Integer, int[]>();
        for (int i = stocks; i < names.length; i++) {
            if (kinds[i].equals("flow")) {
                ends.put(i, new int[] {-1, -1});
            }
        }
        var byName = new HashMap<String, Integer>();
        for (int i = 0; i < names.length; i++) {
            byName.put(XmileEquation.canonical(names[i]), i);
        }
        for (int s = 0; s < stocks; s++) {
            for (String in : model.stocks().get(s).inflows()) {
                ends.get(byName.get(XmileEquation.canonical(in)))[1] = s;
            }
            for (String out : model.stocks().get(s).outflows()) {
                ends.get(byName.get(XmileEquation.canonical(out)))[0] = s;
            }
        }
        return ends;
    }

    /** Every flow and auxiliary at time {@code t} (from the start) given the stocks, in dependency order. */
    double[] evaluate(double t, double dt, double[] values) {
        var frame = frame(values, t, dt);
        for (int i : order) {
            double v = equations[i].at(frame);
            var g = graphs[i];
            values[i] = g == null ? v : interpolate(g, v);
        }
        return values;
    }

    private XmileEquation.Frame frame(double[] values, double time, double dt) {
        double start = model.start();
        double stop = model.stop();
        return new XmileEquation.Frame() {
            public double value(int variable) {
                return values[variable];
            }

            public double time() {
                return time;
            }

            public double dt() {
                return dt;
            }

            public double start() {
                return start;
            }

            public double stop() {
                return stop;
            }

            public double lookup(int variable, double x) {
                return interpolate(graphs[variable], x);
            }
        };
    }

    /** The auxiliaries and flows computed once per state: EulerIntegration reads several of them per step. */
    private static final class State {
        private final XmileSimulation simulation;
        private final double[] values;
        private final double dt;
        private double[] last = new double[0];
        private double lastTime = Double.NaN;

        State(XmileSimulation simulation, double dt) {
            this.simulation = simulation;
            this.values = new double[simulation.names.length];
            this.dt = dt;
        }

        double[] at(double t, double[] stocks) {
            if (stocks != last || t != lastTime) {
                System.arraycopy(stocks, 0, values, 0, stocks.length);
                simulation.evaluate(simulation.model.start() + t, dt, values);
                last = stocks;
                lastTime = t;
            }
            return values;
        }
    }

    /** XMILE 3.1.4 continuous graphical function: linear between points, the end values beyond them. */
    static double interpolate(XmileModel.Graph g, double x) {
        var xs = g.xs();
        var ys = g.ys();
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= xs.getFirst()) {
            return ys.getFirst();
        }
        if (x >= xs.getLast()) {
            return ys.getLast();
        }
        int hi = 1;
        while (xs.get(hi) < x) {
            hi++;
        }
        double x0 = xs.get(hi - 1);
        double x1 = xs.get(hi);
        return ys.get(hi - 1) + (ys.get(hi) - ys.get(hi - 1)) * (x - x0) / (x1 - x0);
    }

    private static boolean isIncreasing(List<Double> xs) {
        for (int i = 1; i < xs.size(); i++) {
            if (!(xs.get(i) > xs.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Flows and auxiliaries in an order where each comes after what it reads (Kahn); a cycle is refused. */
    private static int[] order(int stocks, int n, List<List<Integer>> reads, List<String> names,
                               List<Problem> problems) {
        int[] waiting = new int[n];
        var readers = new ArrayList<List<Integer>>();
        for (int i = 0; i < n; i++) {
            readers.add(new ArrayList<>());
        }
        for (int i = stocks; i < n; i++) {
            for (int r : reads.get(i).stream().distinct().toList()) {
                if (r >= stocks) {
                    waiting[i]++;
                    readers.get(r).add(i);
                }
            }
        }
        var ready = new ArrayList<Integer>();
        for (int i = stocks; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n - stocks];
        int done = 0;
        while (!ready.isEmpty()) {
            int i = ready.removeLast();
            order[done++] = i;
            for (int reader : readers.get(i)) {
                if (--waiting[reader] == 0) {
                    ready.add(reader);
                }
            }
        }
        if (done < order.length) {
            for (int i = stocks; i < n && problems.size() < MAX_PROBLEMS; i++) {
                if (waiting[i] > 0) {
                    problems.add(new Problem("equation-circular", names.get(i),
                            "defined through itself without a stock"));
                }
            }
        }
        return order;
    }

    private static boolean[] dependsOnStocks(int stocks, int n, List<List<Integer>> reads, int[] order) {
        boolean[] depends = new boolean[n];
        for (int i : order) {
            depends[i] = reads.get(i).stream().anyMatch(r -> r < stocks || depends[r]);
        }
        return depends;
    }

    private static void add(Map<String, Integer> index, List<String> spelled, List<String> kinds, List<String> texts,
                            List<XmileModel.Graph> graphs, String name, String kind, String text,
                            XmileModel.Graph graph) {
        index.putIfAbsent(XmileEquation.canonical(name), spelled.size());
        spelled.add(name);
        kinds.add(kind);
        texts.add(graph != null && text.isBlank() ? "TIME" : text);
        graphs.add(graph);
    }

    private static String shortened(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        return m.length() > 60 ? m.substring(0, 60) : m;
    }

    @Override
    public String toString() {
        return "XmileSimulation" + Arrays.toString(names);
    }
}
