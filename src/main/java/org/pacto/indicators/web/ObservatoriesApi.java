package org.pacto.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.indicators.domain.Observatories;
import org.pacto.indicators.domain.Observatory;
import org.pacto.indicators.domain.Releases;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.platform.Paging;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Observatories and their releases: the public list, and publishing, by the focal point of the observatory's
 * organisation or the secretariat, of an indicator's figures for a period, stated or computed from a ready dataset.
 */
@RestController
@RequestMapping("/api/v1/observatories")
class ObservatoriesApi {

    static final String SLUG = "{slug:[a-z0-9-]{1,80}}";

    private final Observatories observatories;
    private final Releases releases;
    private final Actors actors;

    ObservatoriesApi(Observatories observatories, Releases releases, Actors actors) {
        this.observatories = observatories;
        this.releases = releases;
        this.actors = actors;
    }

    record ObservatoryAnswer(@Schema(example = "rivera") String slug, String name,
                             @Schema(description = "ISO 3166 / ISO 3166-2 / M49 / locality code", example = "UY-RV")
                             String area, @Schema(example = "Rivera") String areaName,
                             @Schema(description = "The organisation that keeps it", format = "uuid")
                             String organisation,
                             @Schema(description = "Demo content: its figures are synthetic") boolean synthetic) {
    }

    record ObservatoryList(int page, int size, long total, List<ObservatoryAnswer> observatories) {
    }

    record FigureJson(
            @Schema(description = "Area code (ISO 3166 alpha-2/3, ISO 3166-2, M49 or a locality code); absent: the "
                    + "observatory's area", example = "UY-RV") @Nullable String area,
            @Schema(description = "Name of the area; required when area is not the observatory's", example = "Rivera")
            @Nullable String areaName,
            @Schema(description = "The value, not negative, at most 4 decimals", example = "3.4")
            @Nullable BigDecimal value,
            @Schema(description = "Breakdown (column → value), empty for the total", example = "{\"sex\": \"F\"}")
            @Nullable Map<String, String> breakdown) {
    }

    record TableJson(
            @Schema(description = "count | share:<column>=<value> | mean:<column>",
                    example = "share:migratory_status=foreign-born") @Nullable String measure,
            @Schema(description = "Breakdown columns (1 to 4)", example = "[\"sex\"]") @Nullable List<String> by,
            @Schema(description = "Weight column", example = "weight") @Nullable String weight) {
    }

    record ReleaseJson(
            @Schema(description = "Indicator code from the catalogue", example = "pop.foreign-born")
            @Nullable String indicator,
            @Schema(description = "Period: year, quarter (2024Q3), half (2024S1) or month (2024-05)", example = "2023")
            @Nullable String period,
            @Schema(description = "percent, count, rate, index or usd; default the indicator's (or the measure's)",
                    example = "percent") @Nullable String unit,
            @Schema(description = "Dataset the figures come from (its current version is recorded); required with "
                    + "table", format = "uuid") @Nullable String dataset,
            @Schema(description = "Source of the figures; default the dataset's source",
                    example = "Censo 2023, INE Uruguay") @Nullable String source,
            @Schema(description = "Short public note: how it was computed, context (never personal data)")
            @Nullable String note,
            @Schema(description = "Stated figures (up to 2000); give these or table") @Nullable List<FigureJson>
                    observations,
            @Schema(description = "A table Pacto computes from the dataset; only cells that pass disclosure control "
                    + "are published") @Nullable TableJson table) {
    }

    record ReleaseAnswer(@Schema(format = "uuid") String id, @Schema(example = "rivera") String observatory,
                         @Schema(example = "pop.foreign-born") String indicator,
                         @Schema(example = "2023") String period,
                         @Schema(format = "uuid") @Nullable String dataset,
                         @Schema(description = "Version of the dataset the figures came from", example = "1")
                         @Nullable Integer datasetVersion,
                         String source, @Nullable String note,
                         @Schema(description = "Figures published", example = "4") int observations,
                         @Schema(description = "Cells of the table left out by disclosure control (0 for stated "
                                 + "figures and in lists)", example = "1") int suppressed,
                         @Schema(description = "Demo content or synthetic data: never an official figure")
                         boolean synthetic,
                         @Schema(format = "date-time") Instant publishedAt) {
        static ReleaseAnswer of(Releases.Release r) {
            return new ReleaseAnswer(r.id().toString(), r.observatory(), r.indicator(), r.period(),
                    r.dataset() == null ? null : r.dataset().toString(), r.datasetVersion(), r.source(), r.note(),
                    r.observations(), r.suppressed(), r.synthetic(), r.publishedAt());
        }
    }

    record ReleaseList(int page, int size, long total, List<ReleaseAnswer> releases) {
    }

    @GetMapping
    @Operation(summary = "The observatories", description = "Public. Each observatory's slug, name, area and "
            + "organisation; synthetic=true marks demo observatories. Never returns people.")
    ObservatoryList list(Paging paging) {
        List<Observatory> all = observatories.all();
        Language language = Language.of(LocaleContextHolder.getLocale());
        var page = all.stream().skip(paging.offset()).limit(paging.size())
                .map(o -> new ObservatoryAnswer(o.slug(), o.name().in(language).text(), o.areaCode(), o.areaName(),
                        o.organisation().toString(), o.synthetic()))
                .toList();
        return new ObservatoryList(paging.page(), paging.size(), all.size(), page);
    }

    @GetMapping("/" + SLUG + "/releases")
    @Operation(summary = "An observatory's releases", description = "Public, newest first: indicator, period, the "
            + "dataset and version the figures came from, source and note. The figures themselves are read from "
            + "/api/v1/indicators/{code}/observations.")
    ReleaseList releases(@Parameter(description = "The observatory's slug", example = "rivera") @PathVariable String slug,
                         Paging paging) {
        var page = releases.of(Releases.require(observatories, slug), paging);
        return new ReleaseList(paging.page(), paging.size(), page.total(),
                page.items().stream().map(ReleaseAnswer::of).toList());
    }

    @PostMapping(path = "/" + SLUG + "/releases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish a release of an indicator", description = "The focal point of the observatory's "
            + "organisation or the secretariat (403 otherwise). Either stated observations (with their source) or a "
            + "table computed from one of the observatory's ready datasets (only cells from 5 or more respondents, "
            + "after complementary suppression, are published). Every field is checked before anything is written "
            + "(400 naming each field); a dataset still loading answers 409. A figure published again supersedes "
            + "the earlier one. Never carries personal data.")
    ResponseEntity<ReleaseAnswer> publish(
            @Parameter(description = "The observatory's slug", example = "rivera") @PathVariable String slug,
            @RequestBody ReleaseJson body) {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        Observatory observatory = Releases.require(observatories, slug);
        UUID dataset = null;
        if (body.dataset() != null && !body.dataset().isBlank()) {
            try {
                dataset = UUID.fromString(body.dataset().strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(new FieldProblem("dataset", "not-found", "dataset",
                        org.pacto.platform.InputLimits.shortened(body.dataset())));
            }
        }
        var release = releases.publish(actor, observatory, new Releases.Draft(body.indicator(), body.period(),
                body.unit(), dataset, body.source(), body.note(),
                body.observations() == null ? null : body.observations().stream()
                        .map(f -> new Releases.Figure(f.area(), f.areaName(), f.value(), f.breakdown())).toList(),
                body.table() == null ? null : new Releases.FromTable(body.table().measure(), body.table().by(),
                        body.table().weight())));
        return ResponseEntity.created(URI.create("/api/v1/observatories/" + slug + "/releases"))
                .body(ReleaseAnswer.of(release));
    }
}
