package org.pacto.indicators.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.OrganisationId;
import org.pacto.indicators.Indicator;
import org.pacto.indicators.calculation.CalculationInputException;
import org.pacto.indicators.calculation.Cell;
import org.pacto.indicators.calculation.Measure;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An observatory publishes its figures in releases: one indicator, one period, either figures it states (with their
 * source, and the dataset version they came from if any) or a table it asks Pacto to compute from one of its ready
 * datasets, in which case only cells that passed disclosure control are published. Only the focal point of the
 * observatory's organisation or the secretariat publishes; everything is checked before anything is written. A
 * figure published again (same indicator, area, period and breakdown) supersedes the earlier one, which is kept.
 */
@Service
public class Releases {

    static final String RECORD = "indicators.release";
    /** The most figures one release holds. */
    public static final int MAX_FIGURES = 2000;
    static final int MAX_BREAKDOWN = 6;
    /** numeric(20,4) in indicators.observation. */
    static final int VALUE_DIGITS = 16;
    static final int VALUE_DECIMALS = 4;
    /** A year, a quarter (2024Q3), a half (2024S1) or a month (2024-05), as in the SDG database's TIME_PERIOD. */
    static final Pattern PERIOD = Pattern.compile("(19|20|21)[0-9]{2}(Q[1-4]|S[12]|-(0[1-9]|1[0-2]))?");
    /** ISO 3166 alpha-2/alpha-3, ISO 3166-2 subdivision (UY-RV), M49 digits or a locality code. */
    static final Pattern AREA = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    static final List<String> UNITS = List.of("percent", "count", "rate", "index", "usd");

    private final JdbcClient jdbc;
    private final Observations observations;
    private final Datasets datasets;
    private final AuditTrail audit;
    private final Clock clock;

    Releases(JdbcClient jdbc, Observations observations, Datasets datasets, AuditTrail audit,
             ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.observations = observations;
        this.datasets = datasets;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** One stated figure; {@code area} absent means the observatory's own area. */
    public record Figure(@Nullable String area, @Nullable String areaName, @Nullable BigDecimal value,
                         @Nullable Map<String, String> breakdown) {
    }

    /** A table to compute from the release's dataset ({@code measure} as in the tables API). */
    public record FromTable(@Nullable String measure, @Nullable List<String> by, @Nullable String weight) {
    }

    /** What the publisher sends; every field is checked by {@link #publish}. */
    public record Draft(@Nullable String indicator, @Nullable String period, @Nullable String unit,
                        @Nullable UUID dataset, @Nullable String source, @Nullable String note,
                        @Nullable List<Figure> observations, @Nullable FromTable table) {
    }

    /** A release as read back. */
    public record Release(UUID id, String observatory, String indicator, String period, @Nullable UUID dataset,
                          @Nullable Integer datasetVersion, String source, @Nullable String note, int observations,
                          int suppressed, boolean synthetic, Instant publishedAt) {
    }

    public record Page(long total, List<Release> items) {
    }

    @Transactional
    public Release publish(Actor actor, Observatory observatory, Draft draft) {
        if (!actor.isStaff() && !actor.isFocalPointOf(new OrganisationId(observatory.organisation()))) {
            throw new AccessDeniedException("only the observatory's focal point or the secretariat publishes");
        }
        var problems = new ArrayList<FieldProblem>();
        Indicator indicator = null;
        if (draft.indicator() == null || draft.indicator().isBlank()) {
            problems.add(new FieldProblem("indicator", "required"));
        } else {
            indicator = Indicator.find(draft.indicator().strip()).orElse(null);
            if (indicator == null) {
                problems.add(new FieldProblem("indicator", "unknown-indicator"));
            }
        }
        if (draft.period() == null || draft.period().isBlank()) {
            problems.add(new FieldProblem("period", "required"));
        } else if (!PERIOD.matcher(draft.period().strip()).matches()) {
            problems.add(new FieldProblem("period", "release-invalid-period"));
        }
        if (draft.unit() != null && !UNITS.contains(draft.unit().strip())) {
            problems.add(new FieldProblem("unit", "release-unknown-unit", String.join(", ", UNITS)));
        }
        Dataset dataset = null;
        if (draft.dataset() != null) {
            dataset = datasets.find(draft.dataset()).orElse(null);
            if (dataset == null) {
                problems.add(new FieldProblem("dataset", "not-found", "dataset", draft.dataset()));
            }
        }
        String source = draft.source() == null || draft.source().isBlank()
                ? dataset == null ? null : dataset.source() : draft.source().strip();
        if (source == null) {
            problems.add(new FieldProblem("source", "required"));
        } else if (source.length() > 500) {
            problems.add(new FieldProblem("source", "too-long", 500));
        }
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        if (note != null && note.length() > 2000) {
            problems.add(new FieldProblem("note", "too-long", 2000));
        }
        boolean stated = draft.observations() != null;
        if (stated == (draft.table() != null)) {
            problems.add(new FieldProblem("observations", "release-figures-or-table"));
        }
        List<Figure> figures = stated ? figures(observatory, draft.observations(), problems) : List.of();
        Measure measure = draft.table() == null ? null : measure(draft.table(), dataset, draft.dataset(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (dataset != null && !dataset.ready()) {
            throw new ConflictException("dataset-not-ready", "the dataset is not ready");
        }
        int suppressed = 0;
        String unit = draft.unit() != null ? draft.unit().strip() : indicator.unit();
        if (measure != null) {
            var table = datasets.table(dataset.id(), measure, draft.table().by(), blank(draft.table().weight()));
            var computed = new ArrayList<Figure>();
            for (Cell cell : table.cells()) {
                if (cell.suppressed() || cell.value() == null) {
                    suppressed++;
                } else {
                    computed.add(new Figure(observatory.areaCode(), observatory.areaName(), cell.value(), cell.by()));
                }
            }
            if (computed.isEmpty()) {
                throw new InvalidInputException(new FieldProblem("table", "release-all-suppressed"));
            }
            figures = computed;
            unit = draft.unit() != null ? draft.unit().strip() : switch (measure) {
                case Measure.Count c -> "count";
                case Measure.Share s -> "percent";
                case Measure.Mean m -> indicator.unit();
            };
        }
        boolean synthetic = observatory.synthetic() || dataset != null && dataset.synthetic();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String period = draft.period().strip();
        jdbc.sql("""
                insert into indicators.release (id, observatory_id, indicator, period, dataset_id, dataset_version,
                  source, note, published_by, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, observatory.id(), indicator.code(), period, dataset == null ? null : dataset.id(),
                        dataset == null ? null : dataset.version(), source, note, actor.person().value(),
                        Timestamp.from(now))
                .update();
        for (Figure f : figures) {
            observations.publish(new Observations.Publication(observatory.id(), indicator.code(), f.area(),
                    f.areaName(), period, f.value(), unit, f.breakdown() == null ? Map.of() : f.breakdown(),
                    dataset == null ? null : dataset.id(), dataset == null ? null : dataset.version(), source,
                    synthetic), id);
        }
        audit.changed(RECORD, id.toString(), "published", Map.of("observatory", observatory.slug(),
                "indicator", indicator.code(), "period", period, "observations", figures.size()));
        return new Release(id, observatory.slug(), indicator.code(), period, dataset == null ? null : dataset.id(),
                dataset == null ? null : dataset.version(), source, note, figures.size(), suppressed, synthetic, now);
    }

    /** An observatory's releases, newest first. */
    public Page of(Observatory observatory, Paging paging) {
        long total = jdbc.sql("select count(*) from indicators.release where observatory_id = ?")
                .param(observatory.id()).query(Long.class).single();
        var items = jdbc.sql("""
                select r.*, (select count(*) from indicators.observation o where o.release_id = r.id) as figures,
                  coalesce((select bool_or(o.synthetic) from indicators.observation o where o.release_id = r.id),
                    false) as synthetic
                from indicators.release r where r.observatory_id = ? order by r.published_at desc, r.id
                limit ? offset ?""")
                .params(observatory.id(), paging.size(), paging.offset())
                .query((r, i) -> new Release(r.getObject("id", UUID.class), observatory.slug(),
                        r.getString("indicator"), r.getString("period"), r.getObject("dataset_id", UUID.class),
                        (Integer) r.getObject("dataset_version"), r.getString("source"), r.getString("note"),
                        r.getInt("figures"), 0, r.getBoolean("synthetic"),
                        r.getTimestamp("published_at").toInstant()))
                .list();
        return new Page(total, items);
    }

    private static List<Figure> figures(Observatory observatory, List<Figure> given, List<FieldProblem> problems) {
        if (given.isEmpty()) {
            problems.add(new FieldProblem("observations", "required"));
        } else if (given.size() > MAX_FIGURES) {
            problems.add(new FieldProblem("observations", "too-many", MAX_FIGURES));
            return List.of();
        }
        var seen = new HashSet<String>();
        var figures = new ArrayList<Figure>();
        for (int i = 0; i < given.size(); i++) {
            Figure f = given.get(i);
            String at = "observations[" + i + "].";
            String area = f.area() == null || f.area().isBlank() ? observatory.areaCode() : f.area().strip();
            String areaName = f.areaName() == null || f.areaName().isBlank()
                    ? area.equals(observatory.areaCode()) ? observatory.areaName() : null : f.areaName().strip();
            if (!AREA.matcher(area).matches()) {
                problems.add(new FieldProblem(at + "area", "release-invalid-area"));
            }
            if (areaName == null) {
                problems.add(new FieldProblem(at + "areaName", "required"));
            } else if (areaName.length() > 200) {
                problems.add(new FieldProblem(at + "areaName", "too-long", 200));
            }
            BigDecimal value = f.value();
            if (value == null) {
                problems.add(new FieldProblem(at + "value", "required"));
            } else if (value.signum() < 0) {
                problems.add(new FieldProblem(at + "value", "negative"));
            } else {
                InputLimits.decimalRefusal(value, VALUE_DIGITS, VALUE_DECIMALS).ifPresent(code -> problems.add(
                        new FieldProblem(at + "value", code, code.equals("too-many-decimals") ? VALUE_DECIMALS
                                : VALUE_DIGITS)));
            }
            Map<String, String> breakdown = new TreeMap<>(f.breakdown() == null ? Map.of() : f.breakdown());
            if (breakdown.size() > MAX_BREAKDOWN) {
                problems.add(new FieldProblem(at + "breakdown", "too-many", MAX_BREAKDOWN));
            }
            breakdown.forEach((key, text) -> {
                if (!Measure.COLUMN.matcher(key).matches()) {
                    problems.add(new FieldProblem(at + "breakdown", "unknown-column", InputLimits.shortened(key)));
                } else if (text.isBlank() || text.length() > 80) {
                    problems.add(new FieldProblem(at + "breakdown." + key, text.isBlank() ? "required" : "too-long",
                            80));
                }
            });
            if (!seen.add(area + "|" + breakdown)) {
                problems.add(new FieldProblem(at + "breakdown", "release-duplicate-figure"));
            }
            figures.add(new Figure(area, areaName, value, breakdown));
        }
        return figures;
    }

    private static @Nullable Measure measure(FromTable table, @Nullable Dataset dataset, @Nullable UUID datasetId,
                                             List<FieldProblem> problems) {
        if (datasetId == null) {
            problems.add(new FieldProblem("dataset", "required"));
        }
        Measure measure = null;
        try {
            measure = Measure.parse(table.measure() == null ? "" : table.measure().strip());
        } catch (CalculationInputException e) {
            problems.add(new FieldProblem("table.measure", "invalid-measure"));
        }
        List<String> by = table.by() == null ? List.of() : table.by();
        if (by.isEmpty()) {
            problems.add(new FieldProblem("table.by", "required"));
        } else if (by.size() > Datasets.MAX_BY) {
            problems.add(new FieldProblem("table.by", "too-many", Datasets.MAX_BY));
        } else if (new HashSet<>(by).size() != by.size()) {
            problems.add(new FieldProblem("table.by", "duplicate-column"));
        }
        // a dataset still loading has no columns yet: its state answers 409 after the field checks
        List<String> columns = dataset == null || !dataset.ready() ? null : dataset.columns();
        for (String column : by) {
            if (columns != null && !columns.contains(column)) {
                problems.add(new FieldProblem("table.by", "unknown-column", InputLimits.shortened(column)));
            }
        }
        String weight = blank(table.weight());
        if (weight != null && columns != null && !columns.contains(weight)) {
            problems.add(new FieldProblem("table.weight", "unknown-column", InputLimits.shortened(weight)));
        }
        if (measure != null && columns != null) {
            for (String column : measure.columns()) {
                if (!columns.contains(column)) {
                    problems.add(new FieldProblem("table.measure", "unknown-column", InputLimits.shortened(column)));
                }
            }
        }
        return measure;
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Finds the observatory a release is for, or 404. */
    public static Observatory require(Observatories observatories, String slug) {
        return observatories.bySlug(slug).orElseThrow(() -> new NotFoundException("observatory", slug));
    }
}
