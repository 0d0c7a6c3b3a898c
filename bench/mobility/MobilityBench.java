import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pacto.mobility.calculation.EulerIntegration;
import org.pacto.mobility.calculation.StockFlowModel;
import org.pacto.mobility.calculation.Xmile;
import org.pacto.mobility.calculation.XmileModel;
import org.pacto.mobility.calculation.XmileSimulation;
import org.pacto.mobility.domain.OccupationCatalog;

/**
 * Issue 14's in-process figures (run by bench/mobility.sh on target/classes):
 * <ol>
 *   <li>a 50-year monthly run (600 Euler steps) of a 20-stock model, built in Java (the pure core alone) and read
 *       from XMILE (equations parsed and evaluated by XmileSimulation: what an uploaded model costs);</li>
 *   <li>occupation search (OccupationCatalog.search) paced at RATE calls a second, latency from the moment each
 *       call was due (no coordinated omission), without HTTP.</li>
 * </ol>
 * Usage: java -cp target/classes bench/mobility/MobilityBench.java [RATE] [SECONDS]
 */
public class MobilityBench {

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;

        StockFlowModel inJava = javaModel();
        report("50-year monthly run, 20 stocks, Java equations", time(() -> EulerIntegration.run(inJava, 50, 1.0 / 12, 1_000), 300, 200));
        XmileModel xmile = Xmile.read(Xmile.write(xmileModel()));
        report("same model from XMILE: compile + run", time(() -> XmileSimulation.compile(xmile, Map.of()).run(Double.NaN), 300, 200));
        String text = Xmile.write(xmileModel());
        report("same model: read XMILE text + compile + run", time(() -> XmileSimulation.compile(Xmile.read(text), Map.of()).run(Double.NaN), 100, 100));

        var catalog = new OccupationCatalog();
        String[] queries = {"enfermeria", "nurse", "infirmiers", "pedreiros", "ingenieros civiles", "cuidado",
                "care workers", "2221", "docentes secundaria", "agricultural labourers", "soudeurs", "motoristas"};
        for (int i = 0; i < 20_000; i++) {
            catalog.search(queries[i % queries.length], false);
        }
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < 5_000; i++) {
            catalog.search(queries[i % queries.length], false);
        }
        System.out.printf("occupation search, CPU time per call (unpaced, 5,000 calls): %.3f ms%n",
                (cpu.getCurrentThreadCpuTime() - cpu0) / 1e6 / 5_000);
        long interval = 1_000_000_000L / rate;
        int n = rate * seconds;
        long[] latencies = new long[n];
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = start + i * interval;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            catalog.search(queries[i % queries.length], false);
            latencies[i] = System.nanoTime() - due;
        }
        report("occupation search at " + rate + "/s for " + seconds + " s (in-process, no HTTP)", latencies);
    }

    static long[] time(Runnable run, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            run.run();
        }
        long[] out = new long[runs];
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            run.run();
            out[i] = System.nanoTime() - t0;
        }
        // CPU time of this thread: on a loaded machine, wall time mostly measures waiting for a core
        System.out.printf("  (CPU time per call: %.3f ms)%n", (cpu.getCurrentThreadCpuTime() - cpu0) / 1e6 / runs);
        return out;
    }

    static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%s: n=%d p50=%.3f ms p99=%.3f ms max=%.3f ms%n", what, s.length, s[s.length / 2] / 1e6,
                s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] / 1e6, s[s.length - 1] / 1e6);
    }

    /** 20 stocks in a ring: each passes 10 % a year to the next and receives 1 a year from outside. */
    static StockFlowModel javaModel() {
        var b = StockFlowModel.builder();
        for (int i = 0; i < 20; i++) {
            b.stock("s" + i, 100);
        }
        for (int i = 0; i < 20; i++) {
            int from = i;
            b.flow("f" + i, "s" + i, "s" + ((i + 1) % 20), (t, s) -> 0.1 * s[from]);
            b.flow("in" + i, null, "s" + i, (t, s) -> 1);
        }
        return b.build();
    }

    static XmileModel xmileModel() {
        var stocks = new ArrayList<XmileModel.Stock>();
        var flows = new ArrayList<XmileModel.Flow>();
        for (int i = 0; i < 20; i++) {
            stocks.add(new XmileModel.Stock("s" + i, "100", List.of("in" + i, "f" + ((i + 19) % 20)), List.of("f" + i)));
            flows.add(new XmileModel.Flow("f" + i, "rate * s" + i));
            flows.add(new XmileModel.Flow("in" + i, "entrants"));
        }
        return new XmileModel("ring", 0, 50, 1.0 / 12, stocks, flows,
                List.of(new XmileModel.Auxiliary("rate", "0.1", null), new XmileModel.Auxiliary("entrants", "1", null)));
    }
}
