import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pacto.indicators.calculation.DisclosureControl;
import org.pacto.indicators.calculation.Measure;
import org.pacto.indicators.data.DuckDbMicrodata;
import org.pacto.indicators.data.Microdata;
import org.pacto.indicators.domain.CsvCheck;

/**
 * Pacto's side of bench/indicators/run.sh. "load" is Pacto's whole upload path for a CSV, as Datasets runs it: the
 * streaming check of every line (UTF-8, field counts, weights > 0, costs ≥ 0: CsvCheck), DuckDB's read_csv through
 * the Microdata interface, then the engine-side refusal checks (first row with a weight ≤ 0 or a negative value).
 * "tabulate" is the weighted count by migratory status × sex × area with disclosure control, median of REPEAT runs
 * after one warm-up. Run: java -cp target/classes:target/dependency-jars... (see run.sh) FILE.csv DBDIR [REPEAT]
 */
public class TabulationBench {

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (var microdata = new DuckDbMicrodata(Path.of(args[1]))) {
            microdata.drop("bench");
            long start = System.nanoTime();
            CsvCheck.Checked checked;
            try (InputStream in = Files.newInputStream(csv)) {
                checked = CsvCheck.check(in, n -> { });
            }
            if (!checked.problems().isEmpty()) {
                throw new IllegalStateException("the generated file was refused: " + checked.problems());
            }
            double check = (System.nanoTime() - start) / 1e9;
            long rows = microdata.load("bench", csv, Microdata.Format.CSV, n -> { });
            List<String> columns = microdata.columns("bench");
            for (String column : CsvCheck.WEIGHTS) {
                microdata.firstRowBelow("bench", column, 0, true);
            }
            for (String column : CsvCheck.NOT_NEGATIVE) {
                if (columns.contains(column)) {
                    microdata.firstRowBelow("bench", column, 0, false);
                }
            }
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
            System.out.printf("pacto rows=%d load_s=%.3f (of which check_s=%.3f) tabulate_median_s=%.4f cells=%d%n",
                    rows, load, check, times.get(times.size() / 2), cells);
            microdata.drop("bench");
        }
    }
}
