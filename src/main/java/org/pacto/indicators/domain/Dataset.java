package org.pacto.indicators.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A registered dataset version. {@code status}: loading, ready or failed; {@code progress} 0–1 (bytes checked, then
 * rows loaded); {@code error} says why it failed; {@code synthetic} marks generated demo data; {@code period} and
 * {@code area} say what it covers, when the uploader said so.
 */
public record Dataset(UUID id, UUID lineage, int version, String name, String source, String licence, String format,
                      String status, long rows, double progress, @Nullable String error, List<String> columns,
                      boolean synthetic, Instant createdAt, @Nullable String period, @Nullable String area) {

    public Dataset {
        columns = List.copyOf(columns);
    }

    public String table() {
        return "ds_" + id.toString().replace("-", "");
    }

    /** Loaded into the microdata engine (CSV, Parquet), so it can be tabulated; RPW price imports are not. */
    public boolean tabular() {
        return !format.equals("rpw");
    }

    public boolean ready() {
        return status.equals("ready");
    }
}
