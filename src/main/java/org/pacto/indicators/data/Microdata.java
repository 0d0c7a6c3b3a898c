package org.pacto.indicators.data;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.pacto.indicators.calculation.Cell;
import org.pacto.indicators.calculation.Measure;

/**
 * Large tables of microdata (census, surveys, RPW price files), loaded from CSV or Parquet and tabulated. One
 * implementation, {@link DuckDbMicrodata}; nothing else in Pacto imports DuckDB.
 */
public interface Microdata {

    enum Format { CSV, PARQUET }

    /**
     * Loads a file into the table {@code table} (replacing nothing: the name must be new) and answers the number of
     * rows loaded. {@code rowsLoaded} is told the rows as they arrive when the engine can say. Interrupting the
     * calling thread, or {@link #cancel(String)}, stops the load and leaves no table behind.
     */
    long load(String table, Path file, Format format, LongConsumer rowsLoaded);

    /** Stops a load in progress; the load then throws and leaves no table. */
    void cancel(String table);

    /** The table's columns, lower case, in file order. */
    List<String> columns(String table);

    /**
     * One raw cell per combination of breakdown values (disclosure control is the caller's): {@code n} unweighted
     * respondents, the measure's value with two decimals.
     *
     * @param weight weight column, or null for unweighted
     */
    List<Cell> tabulate(String table, Measure measure, List<String> by, @Nullable String weight);

    /** Runs a check over a table: the first row (1-based, header excluded) where {@code column} is below or at the
     * bound, or -1 when none. {@code inclusive} makes the bound itself a failure (weights ≤ 0). */
    long firstRowBelow(String table, String column, double bound, boolean inclusive);

    void drop(String table);
}
