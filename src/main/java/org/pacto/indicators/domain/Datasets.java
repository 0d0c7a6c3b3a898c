package org.pacto.indicators.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.indicators.calculation.DisclosureControl;
import org.pacto.indicators.calculation.Measure;
import org.pacto.indicators.data.Microdata;
import org.pacto.indicators.data.UnknownColumnException;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Datasets: an upload is checked whole (a CSV line by line) before anything is registered; then it is registered as
 * {@code loading} and loaded into {@link Microdata} in the background; a failure or a cancellation drops what was
 * loaded and leaves the row {@code failed} with the reason. A correction is a new version of the same lineage.
 */
@Service
public class Datasets {

    private static final Logger log = LoggerFactory.getLogger(Datasets.class);
    static final String RECORD = "indicators.dataset";
    static final int MAX_BY = 4;
    private static final byte[] PARQUET = {'P', 'A', 'R', '1'};

    private final JdbcClient jdbc;
    private final Microdata microdata;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path uploads;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "indicators-dataset-loader");
        t.setDaemon(true);
        return t;
    });

    Datasets(JdbcClient jdbc, Microdata microdata, AuditTrail audit, ObjectProvider<Clock> clock,
             @Value("${pacto.data-dir:./data}") String dataDirectory) {
        this.jdbc = jdbc;
        this.microdata = microdata;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.uploads = Path.of(dataDirectory, "indicators", "uploads");
    }

    /**
     * What describes an upload; {@code corrects} names the dataset this one is a new version of; {@code period}
     * (as in releases: 2023, 2024Q3…) and {@code area} (ISO 3166 / M49 / locality code) say what it covers.
     */
    public record Upload(String name, String source, String licence, @Nullable UUID corrects, boolean synthetic,
                         @Nullable String period, @Nullable String area) {

        public Upload(String name, String source, String licence, @Nullable UUID corrects, boolean synthetic) {
            this(name, source, licence, corrects, synthetic, null, null);
        }
    }

    /**
     * Checks the file, then registers the dataset as loading and starts the load. Nothing is registered when the
     * description or the file is refused (400 naming line and column).
     */
    public Dataset upload(@Nullable Actor actor, Upload upload, InputStream content) {
        var problems = new ArrayList<FieldProblem>();
        describe(upload, problems);
        Dataset previous = upload.corrects() == null ? null : find(upload.corrects()).orElse(null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        Path file;
        String format;
        long bytes;
        List<String> columns = List.of();
        try {
            Files.createDirectories(uploads);
            file = uploads.resolve(id + ".part");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            bytes = Files.size(file);
            format = isParquet(file) ? "parquet" : "csv";
            if (format.equals("csv")) {
                CsvCheck.Checked checked;
                try (InputStream in = Files.newInputStream(file)) {
                    checked = CsvCheck.check(in, n -> { });
                }
                if (!checked.problems().isEmpty() || checked.rows() == 0) {
                    Files.deleteIfExists(file);
                    throw new InvalidInputException(checked.problems().isEmpty()
                            ? List.of(new FieldProblem("file", "dataset-empty")) : checked.problems());
                }
                columns = checked.columns();
            }
            Path named = uploads.resolve(id + "." + format);
            Files.move(file, named, StandardCopyOption.ATOMIC_MOVE);
            file = named;
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the uploaded file", e);
        }
        UUID lineage = previous == null ? id : previous.lineage();
        int version = previous == null ? 1 : latestVersion(lineage) + 1;
        jdbc.sql("""
                insert into indicators.dataset (id, lineage, version, name, source, licence, format, status, rows,
                  bytes_total, bytes_read, columns, organisation_id, created_by, synthetic, created_at, period,
                  area_code)
                values (?, ?, ?, ?, ?, ?, ?, 'loading', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, lineage, version, upload.name().strip(), upload.source().strip(), upload.licence().strip(),
                        format, bytes, bytes, String.join(",", columns),
                        actor == null ? null : actor.organisation().value(), actor == null ? null : actor.person().value(),
                        upload.synthetic(), Timestamp.from(clock.instant()), upload.period(), upload.area())
                .update();
        audit.changed(RECORD, id.toString(), "uploaded", Map.of("name", upload.name().strip(), "version", version));
        Path loaded = file;
        loader.submit(() -> load(id, loaded, format));
        return find(id).orElseThrow();
    }

    /**
     * Registers, ready at once, a file Pacto read itself rather than loading it into DuckDB (format {@code rpw}:
     * remittance prices kept in PostgreSQL); called inside the caller's transaction, after the file was accepted.
     */
    Dataset registerRead(@Nullable Actor actor, Upload upload, String format, long rows, List<String> columns,
                         long bytes) {
        var problems = new ArrayList<FieldProblem>();
        describe(upload, problems);
        Dataset previous = upload.corrects() == null ? null : find(upload.corrects()).orElse(null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        UUID lineage = previous == null ? id : previous.lineage();
        int version = previous == null ? 1 : latestVersion(lineage) + 1;
        jdbc.sql("""
                insert into indicators.dataset (id, lineage, version, name, source, licence, format, status, rows,
                  bytes_total, bytes_read, columns, organisation_id, created_by, synthetic, created_at, period,
                  area_code)
                values (?, ?, ?, ?, ?, ?, ?, 'ready', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, lineage, version, upload.name().strip(), upload.source().strip(), upload.licence().strip(),
                        format, rows, bytes, bytes, String.join(",", columns),
                        actor == null ? null : actor.organisation().value(), actor == null ? null : actor.person().value(),
                        upload.synthetic(), Timestamp.from(clock.instant()), upload.period(), upload.area())
                .update();
        audit.changed(RECORD, id.toString(), "imported", Map.of("name", upload.name().strip(), "version", version,
                "format", format));
        return find(id).orElseThrow();
    }

    /** Checks a dataset's description (name, source, licence, the dataset it corrects). */
    void describe(Upload upload, List<FieldProblem> problems) {
        text(upload.name(), "name", 200, problems);
        text(upload.source(), "source", 500, problems);
        text(upload.licence(), "licence", 200, problems);
        if (upload.corrects() != null && find(upload.corrects()).isEmpty()) {
            problems.add(new FieldProblem("corrects", "not-found", "dataset", upload.corrects()));
        }
        if (upload.period() != null && !Releases.PERIOD.matcher(upload.period()).matches()) {
            problems.add(new FieldProblem("period", "release-invalid-period"));
        }
        if (upload.area() != null && !Releases.AREA.matcher(upload.area()).matches()) {
            problems.add(new FieldProblem("area", "release-invalid-area"));
        }
    }

    /** Waits for a dataset's load to end (demo loader and tests); answers its final state. */
    public Dataset awaitLoaded(UUID id) {
        try {
            loader.submit(() -> { }).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return find(id).orElseThrow();
    }

    private void load(UUID id, Path file, String format) {
        String table = table(id);
        try {
            long rows = microdata.load(table, file, format.equals("csv") ? Microdata.Format.CSV
                    : Microdata.Format.PARQUET, n -> jdbc.sql("update indicators.dataset set rows = ? where id = ?")
                    .params(n, id).update());
            String refusal = refusal(table);
            if (refusal != null) {
                microdata.drop(table);
                fail(id, refusal);
                return;
            }
            jdbc.sql("update indicators.dataset set status = 'ready', rows = ?, columns = ? "
                            + "where id = ? and status = 'loading'")
                    .params(rows, String.join(",", microdata.columns(table)), id).update();
        } catch (RuntimeException e) {
            log.warn("Dataset {} could not be loaded: {}", id, e.getClass().getSimpleName());
            fail(id, "the file could not be read as " + format);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Uploaded file of dataset {} was not removed", id);
            }
        }
    }

    /** Checks the engine's copy (Parquet files are not read line by line before): weights above 0, costs ≥ 0. */
    private @Nullable String refusal(String table) {
        for (String column : CsvCheck.WEIGHTS) {
            long row = microdata.firstRowBelow(table, column, 0, true);
            if (row > 0) {
                return "row " + row + ", column " + column + ": weight not above zero";
            }
        }
        for (String column : CsvCheck.NOT_NEGATIVE) {
            long row = microdata.firstRowBelow(table, column, 0, false);
            if (row > 0 && microdata.columns(table).contains(column)) {
                return "row " + row + ", column " + column + ": negative or not a number";
            }
        }
        return null;
    }

    private void fail(UUID id, String reason) {
        jdbc.sql("update indicators.dataset set status = 'failed', error = ? where id = ?").params(reason, id).update();
    }

    /** Cancels a load in progress (the uploader's organisation or the secretariat); nothing stays loaded. */
    public Dataset cancel(Actor actor, UUID id) {
        Dataset dataset = find(id).orElseThrow(() -> new NotFoundException("dataset", id));
        UUID organisation = jdbc.sql("select organisation_id from indicators.dataset where id = ?").param(id)
                .query(UUID.class).optional().orElse(null);
        if (!actor.isStaff() && (organisation == null || !organisation.equals(actor.organisation().value()))) {
            throw new AccessDeniedException("only the uploader's organisation or the secretariat");
        }
        if (!dataset.status().equals("loading")) {
            throw new ConflictException("dataset-not-loading", "the dataset is not loading");
        }
        fail(id, "cancelled");
        microdata.cancel(dataset.table());
        audit.changed(RECORD, id.toString(), "cancelled", Map.of());
        return find(id).orElseThrow();
    }

    public Optional<Dataset> find(UUID id) {
        return jdbc.sql("select * from indicators.dataset where id = ?").param(id).query((r, i) -> new Dataset(
                r.getObject("id", UUID.class), r.getObject("lineage", UUID.class), r.getInt("version"),
                r.getString("name"), r.getString("source"), r.getString("licence"), r.getString("format"),
                r.getString("status"), r.getLong("rows"), progress(r), r.getString("error"),
                r.getString("columns") == null || r.getString("columns").isEmpty() ? List.of()
                        : Arrays.asList(r.getString("columns").split(",")),
                r.getBoolean("synthetic"), r.getTimestamp("created_at").toInstant(), r.getString("period"),
                r.getString("area_code"))).optional();
    }

    public List<Dataset> ready() {
        return jdbc.sql("select id from indicators.dataset where status = 'ready' order by created_at")
                .query(UUID.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    /** A table by migratory status (or any breakdown) with disclosure control applied. */
    public DisclosureControl.Table table(UUID id, Measure measure, List<String> by, @Nullable String weight) {
        Dataset dataset = find(id).orElseThrow(() -> new NotFoundException("dataset", id));
        if (!dataset.ready()) {
            throw new ConflictException("dataset-not-ready", "the dataset is not ready");
        }
        if (!dataset.tabular()) {
            throw new ConflictException("dataset-not-tabular", "remittance prices are read on the corridor pages");
        }
        if (by.isEmpty() || by.size() > MAX_BY) {
            throw new InvalidInputException(new FieldProblem("by", "too-many", MAX_BY));
        }
        try {
            return DisclosureControl.apply(by, microdata.tabulate(dataset.table(), measure, by, weight));
        } catch (UnknownColumnException e) {
            String field = by.contains(e.column()) ? "by" : e.column().equals(weight) ? "weight" : "measure";
            throw new InvalidInputException(new FieldProblem(field, "unknown-column", e.column()));
        }
    }

    private static double progress(java.sql.ResultSet r) throws java.sql.SQLException {
        return switch (r.getString("status")) {
            case "ready" -> 1.0;
            case "failed" -> 0.0;
            // the file is checked before registration; what remains is the engine's load
            default -> 0.5;
        };
    }

    private int latestVersion(UUID lineage) {
        return jdbc.sql("select max(version) from indicators.dataset where lineage = ?").param(lineage)
                .query(Integer.class).single();
    }

    private static String table(UUID id) {
        return "ds_" + id.toString().replace("-", "");
    }

    private static boolean isParquet(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(4), PARQUET);
        }
    }

    private static void text(@Nullable String value, String field, int limit, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required"));
        } else if (value.strip().length() > limit) {
            problems.add(new FieldProblem(field, "too-long", limit));
        }
    }
}
