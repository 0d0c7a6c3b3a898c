package org.pacto.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.indicators.calculation.RemittanceCosts;
import org.pacto.indicators.domain.Datasets;
import org.pacto.indicators.domain.RemittancePrices;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports remittance prices in the layout of the World Bank's Remittance Prices Worldwide (or Pacto's own) and
 * answers SDG 10.c.1 for every corridor and period of the file; the corridor pages then show the imported prices.
 */
@RestController
class PricesApi {

    private final RemittancePrices prices;
    private final Actors actors;

    PricesApi(RemittancePrices prices, Actors actors) {
        this.prices = prices;
        this.actors = actors;
    }

    record PeriodAnswer(@Schema(example = "2024Q1") String period,
                        @Schema(description = "Simple mean over all the period's services in the file, percent")
                        @Nullable BigDecimal globalAverage,
                        List<ComputeAnswers.CorridorAnswer> corridors) {
    }

    record ImportAnswer(@Schema(description = "The dataset version registered for the file", format = "uuid")
                        String dataset,
                        @Schema(example = "1") int version,
                        @Schema(description = "rpw (the World Bank's published layout) or pacto", example = "rpw")
                        String layout,
                        @Schema(description = "Services (rows) read", example = "120") int services,
                        @Schema(description = "Marked synthetic by the uploader: never an official figure")
                        boolean synthetic,
                        List<PeriodAnswer> periods) {
    }

    @PostMapping(path = "/api/v1/indicators/10.c.1/prices", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import remittance prices (RPW layout)", description = "Signed in. The part file is a CSV "
            + "of the World Bank's Remittance Prices Worldwide dataset (sheet 'Dataset (from Q2 2016)': period "
            + "2016_2Q, ISO alpha-3 source_code/destination_code, firm, firm_type, speed actual, cc1 lcu fee, cc1 fx "
            + "margin, cc1 total cost %, transparent, receiving network coverage) or Pacto's simplified layout. "
            + "Every line is checked first: 400 naming line and column, nothing registered. Then 201 with the dataset "
            + "version and 10.c.1 per period and corridor (simple means, SmaRT). Publishing the figures is a release "
            + "(POST /api/v1/observatories/{slug}/releases).")
    ResponseEntity<ImportAnswer> importPrices(
            @Parameter(description = "The CSV file") @RequestPart("file") MultipartFile file,
            @Parameter(description = "Name shown with the dataset") @RequestParam(required = false) @Nullable String name,
            @Parameter(description = "Who produced the prices", example = "World Bank, Remittance Prices Worldwide")
            @RequestParam(required = false) @Nullable String source,
            @Parameter(description = "Licence", example = "CC-BY-4.0") @RequestParam(required = false)
            @Nullable String licence,
            @Parameter(description = "true when the prices are invented (demonstration, training)")
            @RequestParam(required = false) @Nullable Boolean synthetic,
            @Parameter(description = "Id of the dataset this file corrects (a new version)", schema = @Schema(format =
                    "uuid")) @RequestParam(required = false) @Nullable String corrects) {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        UUID previous = null;
        if (corrects != null && !corrects.isBlank()) {
            try {
                previous = UUID.fromString(corrects.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(new FieldProblem("corrects", "not-found", "dataset",
                        org.pacto.platform.InputLimits.shortened(corrects)));
            }
        }
        RemittancePrices.Imported imported;
        try (InputStream in = file.getInputStream()) {
            imported = prices.importFile(actor, new Datasets.Upload(orEmpty(name), orEmpty(source), orEmpty(licence),
                    previous, Boolean.TRUE.equals(synthetic)), in);
        } catch (IOException e) {
            throw new InvalidInputException(new FieldProblem("file", "dataset-unreadable"));
        }
        Map<String, List<RemittancePrices.Price>> byPeriod = new TreeMap<>();
        imported.prices().forEach(p -> byPeriod.computeIfAbsent(p.period(), k -> new java.util.ArrayList<>()).add(p));
        var periods = byPeriod.entrySet().stream().map(e -> {
            var result = RemittanceCosts.compute(e.getValue().stream().map(RemittancePrices.Price::service).toList());
            return new PeriodAnswer(e.getKey(), result.globalAverage(), result.corridors().stream()
                    .map(c -> new ComputeAnswers.CorridorAnswer(c.corridor(), c.services(), c.average(), c.smart(),
                            c.smartServices())).toList());
        }).toList();
        var d = imported.dataset();
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportAnswer(d.id().toString(), d.version(),
                imported.layout(), imported.prices().size(), d.synthetic(), periods));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
