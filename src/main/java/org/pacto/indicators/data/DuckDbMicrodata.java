package org.pacto.indicators.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pacto.indicators.calculation.Cell;
import org.pacto.indicators.calculation.Measure;

/**
 * {@link Microdata} on an embedded DuckDB database file ({@code <dir>/microdata.duckdb}). One connection is opened
 * and each operation works on its own duplicate (DuckDB's way of sharing one database between threads). Table and
 * column names are checked against {@link #NAME} and the table's own columns before they reach SQL; values travel
 * as parameters.
 */
public final class DuckDbMicrodata implements Microdata, AutoCloseable {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final Connection root;
    private final Map<String, Statement> running = new ConcurrentHashMap<>();

    public DuckDbMicrodata(Path directory) {
        try {
            Files.createDirectories(directory);
            Class.forName("org.duckdb.DuckDBDriver");
            this.root = DriverManager.getConnection("jdbc:duckdb:" + directory.resolve("microdata.duckdb"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the microdata database in " + directory, e);
        }
    }

    /** An in-memory database (tests, benchmarks). */
    public static DuckDbMicrodata inMemory() {
        return new DuckDbMicrodata();
    }

    private DuckDbMicrodata() {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            this.root = DriverManager.getConnection("jdbc:duckdb:");
        } catch (Exception e) {
            throw new IllegalStateException("cannot open an in-memory microdata database", e);
        }
    }

    private Connection connection() throws SQLException {
        return ((org.duckdb.DuckDBConnection) root).duplicate();
    }

    @Override
    public long load(String table, Path file, Format format, LongConsumer rowsLoaded) {
        String name = name(table);
        String reader = format == Format.CSV
                ? "read_csv(?, header = true, all_varchar = false, sample_size = 20480)"
                : "read_parquet(?)";
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(
                "create table " + name + " as select * from " + reader)) {
            running.put(name, s);
            s.setString(1, file.toAbsolutePath().toString());
            s.execute();
            long rows = count(c, name);
            rowsLoaded.accept(rows);
            return rows;
        } catch (SQLException e) {
            drop(name);
            throw new MicrodataException(e.getMessage(), e);
        } finally {
            running.remove(name);
        }
    }

    @Override
    public void cancel(String table) {
        Statement s = running.get(table);
        if (s != null) {
            try {
                s.cancel();
            } catch (SQLException e) {
                throw new MicrodataException("cannot cancel the load of " + table, e);
            }
        }
    }

    @Override
    public List<String> columns(String table) {
        String name = name(table);
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(
                "select column_name from information_schema.columns where table_name = ? order by ordinal_position")) {
            s.setString(1, name);
            var columns = new ArrayList<String>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            return columns;
        } catch (SQLException e) {
            throw new MicrodataException(e.getMessage(), e);
        }
    }

    @Override
    public List<Cell> tabulate(String table, Measure measure, List<String> by, @Nullable String weight) {
        String name = name(table);
        List<String> columns = columns(name);
        var wanted = new ArrayList<>(by);
        wanted.addAll(measure.columns());
        if (weight != null) {
            wanted.add(weight);
        }
        for (String column : wanted) {
            if (!columns.contains(column)) {
                throw new UnknownColumnException(column);
            }
        }
        String w = weight == null ? "1" : "cast(" + quote(weight) + " as double)";
        String value = switch (measure) {
            case Measure.Count c -> "sum(" + w + ")";
            case Measure.Share s -> "100.0 * sum(case when cast(" + quote(s.column()) + " as varchar) = ? then " + w
                    + " else 0 end) / sum(" + w + ")";
            case Measure.Mean m -> "sum(" + w + " * cast(" + quote(m.column()) + " as double)) / nullif(sum(case when "
                    + quote(m.column()) + " is not null then " + w + " end), 0)";
        };
        String keys = String.join(", ", by.stream().map(b -> "coalesce(cast(" + quote(b) + " as varchar), '')").toList());
        String sql = "select " + (keys.isEmpty() ? "" : keys + ", ") + "count(*) as n, " + value + " as v from " + name
                + (keys.isEmpty() ? "" : " group by all");
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (measure instanceof Measure.Share share) {
                s.setString(1, share.value());
            }
            var cells = new ArrayList<Cell>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, String> key = new LinkedHashMap<>();
                    for (int i = 0; i < by.size(); i++) {
                        key.put(by.get(i), r.getString(i + 1));
                    }
                    double v = r.getDouble(by.size() + 2);
                    BigDecimal cellValue = r.wasNull() ? BigDecimal.ZERO.setScale(2)
                            : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
                    cells.add(Cell.raw(key, cellValue, r.getLong(by.size() + 1)));
                }
            }
            return cells;
        } catch (SQLException e) {
            throw new MicrodataException(e.getMessage(), e);
        }
    }

    @Override
    public long firstRowBelow(String table, String column, double bound, boolean inclusive) {
        String name = name(table);
        if (!columns(name).contains(column)) {
            return -1;
        }
        String sql = "select min(rn) from (select row_number() over () as rn, try_cast(" + quote(column)
                + " as double) as x from " + name + ") where x is null or x " + (inclusive ? "<=" : "<") + " ?";
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setDouble(1, bound);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long row = r.getLong(1);
                return r.wasNull() ? -1 : row;
            }
        } catch (SQLException e) {
            throw new MicrodataException(e.getMessage(), e);
        }
    }

    @Override
    public void drop(String table) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists " + name(table));
        } catch (SQLException e) {
            throw new MicrodataException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        root.close();
    }

    private static long count(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + name)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String name(String table) {
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return table;
    }

    private static String quote(String column) {
        if (!NAME.matcher(column).matches()) {
            throw new UnknownColumnException(column);
        }
        return '"' + column + '"';
    }
}
