package org.pacto.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.indicators.Indicator;
import org.pacto.platform.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicators API (public contract: paths and field names stay): the three public computations, which store
 * nothing, and the published observations as JSON, CSV and SDMX-CSV.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "indicators", description = "SDG 10.c.1, 10.7.1 and 17.3.2 computed from raw data with the custodians' "
        + "methods, and the observations observatories publish")
class IndicatorsApi {

    static final String CODE = "{code:[0-9a-z]{1,4}(?:\\.[0-9a-z-]{1,12}){1,2}}";

    private final Computations computations;
    private final OpenObservations open;

    IndicatorsApi(Computations computations, OpenObservations open) {
        this.computations = computations;
        this.open = open;
    }

    @GetMapping
    @Operation(summary = "The GCM-relevant SDG indicators", description = "Public. Code, custodians, GCM objectives, "
            + "unit, and whether Pacto computes it from raw data.")
    List<Indicator> catalogue() {
        return Indicator.CATALOGUE;
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirements
    @PostMapping(path = "/10.c.1/compute", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "SDG 10.c.1 from remittance prices (RPW method)", description = "Public, no sign-in; stores "
            + "nothing. Corridor averages and the global average are simple means over services; SmaRT is the mean of "
            + "the three cheapest transparent, accessible services delivering within 5 days (null when fewer than three "
            + "qualify). Two decimals.")
    ComputeAnswers.RemittanceCostAnswer remittanceCosts(@RequestBody ComputeRequests.Services body) {
        return computations.remittanceCosts(body, LocaleContextHolder.getLocale());
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirements
    @PostMapping(path = "/10.7.1/compute", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "SDG 10.7.1 from survey records (ILO–World Bank method)", description = "Public, no "
            + "sign-in; stores nothing. Weighted mean of cost ÷ first-month earnings over workers with positive "
            + "earnings, in percent; the others are counted in excluded.")
    ComputeAnswers.RecruitmentCostAnswer recruitmentCosts(@RequestBody ComputeRequests.Workers body) {
        return computations.recruitmentCosts(body, LocaleContextHolder.getLocale());
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirements
    @PostMapping(path = "/17.3.2/compute", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "SDG 17.3.2: remittances as a share of GDP", description = "Public, no sign-in; stores "
            + "nothing. Each country's remittances ÷ GDP × 100; the aggregate is Σ remittances ÷ Σ GDP × 100.")
    ComputeAnswers.RemittanceShareAnswer remittanceShares(@RequestBody ComputeRequests.Countries body) {
        return computations.remittanceShares(body, LocaleContextHolder.getLocale());
    }

    @GetMapping("/" + CODE + "/observations")
    @Operation(summary = "Published observations of an indicator", description = "Public. JSON by default; CSV with "
            + "Accept: text/csv; SDMX-CSV with ?format=sdmx-csv. Synthetic demo figures are flagged (synthetic=true).")
    ResponseEntity<?> observations(
            @Parameter(description = "Indicator code, e.g. 10.c.1") @PathVariable String code,
            @Parameter(description = "Area code (ISO 3166 / M49 / locality code)") @RequestParam(required = false)
            @Nullable String area,
            @Parameter(description = "Period, e.g. 2024Q3 or 2023") @RequestParam(required = false)
            @Nullable String period,
            @Parameter(description = "sdmx-csv for SDMX-CSV") @RequestParam(required = false) @Nullable String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        Indicator indicator = Indicator.find(code).orElseThrow(() -> new NotFoundException("indicator", code));
        return open.answer(indicator, blank(area), blank(period), format, accept);
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
