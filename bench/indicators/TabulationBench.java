import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pacto.indicators.calculation.DisclosureControl;
import org.pacto.indicators.calculation.Measure;
import org.pacto.indicators.data.DuckDbMicrodata;
import org.pacto.indicators.data.Microdata;

/**
 * Pacto's side of bench/indicators/run.sh: loads the CSV through the Microdata interface and runs the tabulation by
 * migratory status × sex × area (weighted count, then disclosure control), REPEAT times; prints median seconds.
 * Run: java -cp target/classes:DUCKDB_JAR bench/indicators/TabulationBench.java FILE.csv DBDIR [REPEAT]
 */
public class TabulationBench {

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (var microdata = new DuckDbMicrodata(Path.of(args[1]))) {
            microdata.drop("bench");
            long start = System.nanoTime();
            long rows = microdata.load("bench", csv, Microdata.Format.CSV, n -> { });
            double load = (System.nanoTime() - start) / 1e9;
            List<String> by = List.of("migratory_status", "sex", "area");
            var times = new ArrayList<Double>();
            int cells = 0;
            for (int i = 0; i < repeat + 1; i++) {
                long t = System.nanoTime();
                var table = DisclosureControl.apply(by, microdata.tabulate("bench", new Measure.Count(), by, "weight"));
                cells = table.cells().size();
                if (i > 0) {
                    times.add((System.nanoTime() - t) / 1e9);
                }
            }
            Collections.sort(times);
            System.out.printf("pacto rows=%d load_s=%.3f tabulate_median_s=%.4f cells=%d%n", rows, load,
                    times.get(times.size() / 2), cells);
            microdata.drop("bench");
        }
    }
}
