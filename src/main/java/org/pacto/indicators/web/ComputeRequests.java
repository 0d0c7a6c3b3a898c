package org.pacto.indicators.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The bodies of the three public {@code compute} operations; every field is checked by {@link Computations}. */
final class ComputeRequests {

    private ComputeRequests() {
    }

    @Schema(description = "Remittance services priced for the send of USD 200, in RPW's layout")
    record Services(@Nullable List<Service> services) {
    }

    record Service(
            @Schema(description = "Sending and receiving country, ISO alpha-2, joined by a hyphen", example = "US-MX")
            @Nullable String corridor,
            @Schema(description = "The firm offering the service", example = "Banco Ejemplo") @Nullable String firm,
            @Schema(description = "Fee plus exchange-rate margin, percent of USD 200", example = "4.5")
            @Nullable BigDecimal totalCostPercent,
            @Schema(description = "Price fully disclosed to the sender (SmaRT criterion)") @Nullable Boolean transparent,
            @Schema(description = "Days until the money is available", example = "1") @Nullable BigDecimal speedDays,
            @Schema(description = "Reachable by most senders and receivers (SmaRT criterion)") @Nullable Boolean accessible) {
    }

    @Schema(description = "Surveyed migrant workers (ILO–World Bank 10.7.1 survey module)")
    record Workers(@Nullable List<Worker> workers) {
    }

    record Worker(
            @Schema(description = "Recruitment costs paid by the worker", example = "600") @Nullable BigDecimal cost,
            @Schema(description = "Earnings of the first month abroad, same currency", example = "1200")
            @Nullable BigDecimal firstMonthEarnings,
            @Schema(description = "Survey weight, above zero", example = "1") @Nullable BigDecimal weight) {
    }

    @Schema(description = "Countries' remittance inflows and GDP, current USD")
    record Countries(@Nullable List<CountryInput> countries) {
    }

    record CountryInput(
            @Schema(description = "Country (ISO alpha-2) or any label", example = "GT") @Nullable String country,
            @Schema(description = "Personal remittances received, current USD", example = "19800000000")
            @Nullable BigDecimal remittances,
            @Schema(description = "Gross domestic product, current USD", example = "104400000000")
            @Nullable BigDecimal gdp) {
    }
}
