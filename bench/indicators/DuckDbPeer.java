import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;

/**
 * DuckDB's own side of bench/indicators/run.sh, with no Pacto code: DuckDB's read_csv into a table and the same
 * GROUP BY that Pacto's Microdata sends, through DuckDB's JDBC driver (the same engine version Pacto embeds), median
 * of REPEAT runs after one warm-up. Used because the DuckDB CLI is not installable on this machine; run.sh also runs
 * the CLI when a `duckdb` binary is on PATH. Run: java -cp DUCKDB_JAR bench/indicators/DuckDbPeer.java FILE DB [N]
 */
public class DuckDbPeer {

    static final String QUERY = "select coalesce(cast(\"migratory_status\" as varchar), ''), "
            + "coalesce(cast(\"sex\" as varchar), ''), coalesce(cast(\"area\" as varchar), ''), count(*) as n, "
            + "sum(cast(\"weight\" as double)) as v from bench group by all";

    public static void main(String[] args) throws Exception {
        String csv = Path.of(args[0]).toAbsolutePath().toString();
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[1]); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench");
            long start = System.nanoTime();
            try (PreparedStatement load = c.prepareStatement("create table bench as select * from read_csv(?, "
                    + "header = true, all_varchar = false, sample_size = 20480)")) {
                load.setString(1, csv);
                load.execute();
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            long rows;
            try (ResultSet r = s.executeQuery("select count(*) from bench")) {
                r.next();
                rows = r.getLong(1);
            }
            var times = new ArrayList<Double>();
            for (int i = 0; i < repeat + 1; i++) {
                long t = System.nanoTime();
                int cells = 0;
                try (ResultSet r = s.executeQuery(QUERY)) {
                    while (r.next()) {
                        cells++;
                    }
                }
                if (i > 0) {
                    times.add((System.nanoTime() - t) / 1e9);
                }
            }
            Collections.sort(times);
            System.out.printf("duckdb-jdbc %s rows=%d load_s=%.3f tabulate_median_s=%.4f%n",
                    c.getMetaData().getDatabaseProductVersion(), rows, loadSeconds, times.get(times.size() / 2));
            s.execute("drop table bench");
        }
    }
}
