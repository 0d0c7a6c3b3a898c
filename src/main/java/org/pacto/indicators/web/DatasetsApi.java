package org.pacto.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.indicators.calculation.CalculationInputException;
import org.pacto.indicators.calculation.Measure;
import org.pacto.indicators.domain.Dataset;
import org.pacto.indicators.domain.Datasets;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Datasets of microdata (public contract): upload (signed in), state, cancellation and tables. */
@RestController
@RequestMapping("/api/v1/indicators/datasets")
@Tag(name = "indicators", description = "Datasets of microdata, loaded into DuckDB and tabulated by migratory status "
        + "with disclosure control")
class DatasetsApi {

    private final Datasets datasets;
    private final Actors actors;

    DatasetsApi(Datasets datasets, Actors actors) {
        this.datasets = datasets;
        this.actors = actors;
    }

    record Accepted(@Schema(description = "The dataset's id") String id,
                    @Schema(example = "loading") String status) {
    }

    record DatasetAnswer(String id, String name, String source, String licence, int version,
                         @Schema(description = "loading, ready or failed") String status, long rows,
                         @Schema(description = "0 to 1") double progress, @Nullable String error, List<String> columns,
                         @Schema(description = "Generated demo data, not an official source") boolean synthetic,
                         @Schema(description = "Period covered, when given", example = "2023") @Nullable String period,
                         @Schema(description = "Area covered (ISO 3166 / M49 / locality code), when given",
                                 example = "UY-RV") @Nullable String area) {
        static DatasetAnswer of(Dataset d) {
            return new DatasetAnswer(d.id().toString(), d.name(), d.source(), d.licence(), d.version(), d.status(),
                    d.rows(), d.progress(), d.error(), d.columns(), d.synthetic(), d.period(), d.area());
        }
    }

    record CellAnswer(Map<String, String> by, @Schema(description = "Null when suppressed") @Nullable BigDecimal value,
                      @Schema(description = "Unweighted respondents; null when suppressed (it would reveal a "
                              + "small count)") @Nullable Long n, boolean suppressed) {
    }

    record TableAnswer(List<CellAnswer> cells) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a dataset (CSV with a header row, or Parquet)", description = "Signed in. The file is "
            + "checked whole before anything is registered: wrong columns, broken UTF-8, negative costs or weights ≤ 0 "
            + "answer 400 naming line and column. Then 202 and the load runs in the background.")
    ResponseEntity<Accepted> upload(
            @Parameter(description = "The file") @RequestPart("file") MultipartFile file,
            @Parameter(description = "Name shown with the dataset") @RequestParam(required = false) @Nullable String name,
            @Parameter(description = "Who produced the data") @RequestParam(required = false) @Nullable String source,
            @Parameter(description = "Licence, e.g. CC-BY-4.0") @RequestParam(required = false) @Nullable String licence,
            @Parameter(description = "Id of the dataset this file corrects (a new version)")
            @RequestParam(required = false) @Nullable String corrects,
            @Parameter(description = "Period the data cover: 2023, 2024Q3, 2024S1 or 2024-05", example = "2023")
            @RequestParam(required = false) @Nullable String period,
            @Parameter(description = "Area the data cover (ISO 3166, ISO 3166-2, M49 or a locality code)",
                    example = "UY-RV") @RequestParam(required = false) @Nullable String area) {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        UUID previous = corrects == null || corrects.isBlank() ? null : id(corrects, "corrects");
        try (InputStream in = file.getInputStream()) {
            Dataset d = datasets.upload(actor, new Datasets.Upload(orEmpty(name), orEmpty(source), orEmpty(licence),
                    previous, false, blank(period), blank(area)), in);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(d.id().toString(), d.status()));
        } catch (IOException e) {
            throw new InvalidInputException(new FieldProblem("file", "dataset-unreadable"));
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "A dataset's state", description = "Public: status, rows loaded, progress and, when it "
            + "failed, why. Never returns the rows themselves.")
    DatasetAnswer state(@Parameter(description = "Dataset id") @PathVariable String id) {
        UUID uuid = id(id, null);
        return DatasetAnswer.of(datasets.find(uuid).orElseThrow(() -> new NotFoundException("dataset", id)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Cancel a load in progress", description = "The uploader's organisation or the secretariat; "
            + "the dataset ends failed (cancelled) and nothing loaded stays.")
    DatasetAnswer cancel(@Parameter(description = "Dataset id") @PathVariable String id) {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        return DatasetAnswer.of(datasets.cancel(actor, id(id, null)));
    }

    @GetMapping("/{id}/tables")
    @Operation(summary = "A table from the dataset", description = "Public. measure=count|share:<column>=<value>|"
            + "mean:<column>, by=<column>[,<column>…] (up to 4), weight=<column>. Cells from fewer than 5 unweighted "
            + "respondents are suppressed (value null, suppressed true), with complementary suppression so that no "
            + "suppressed cell can be recovered from a one-way margin.")
    TableAnswer table(@Parameter(description = "Dataset id") @PathVariable String id,
                      @Parameter(description = "What each cell shows") @RequestParam(required = false)
                      @Nullable String measure,
                      @Parameter(description = "Breakdown columns, comma-separated") @RequestParam(required = false)
                      @Nullable String by,
                      @Parameter(description = "Weight column") @RequestParam(required = false) @Nullable String weight) {
        UUID uuid = id(id, null);
        Measure m;
        try {
            m = Measure.parse(measure == null ? "count" : measure);
        } catch (CalculationInputException e) {
            throw new InvalidInputException(new FieldProblem("measure", "invalid-measure"));
        }
        List<String> columns = by == null || by.isBlank() ? List.of()
                : Arrays.stream(by.split(",")).map(String::strip).toList();
        for (String column : columns) {
            if (!Measure.COLUMN.matcher(column).matches()) {
                throw new InvalidInputException(new FieldProblem("by", "unknown-column", column));
            }
        }
        if (columns.isEmpty()) {
            throw new InvalidInputException(new FieldProblem("by", "required"));
        }
        if (columns.stream().distinct().count() != columns.size()) {
            throw new InvalidInputException(new FieldProblem("by", "duplicate-column"));
        }
        String w = weight == null || weight.isBlank() ? null : weight.strip();
        if (w != null && !Measure.COLUMN.matcher(w).matches()) {
            throw new InvalidInputException(new FieldProblem("weight", "unknown-column", w));
        }
        var table = datasets.table(uuid, m, columns, w);
        return new TableAnswer(table.cells().stream()
                .map(c -> new CellAnswer(c.by(), c.value(), c.suppressed() ? null : c.n(), c.suppressed())).toList());
    }

    private static UUID id(String id, @Nullable String field) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            if (field != null) {
                throw new InvalidInputException(new FieldProblem(field, "not-found", "dataset", id));
            }
            throw new NotFoundException("dataset", id);
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
