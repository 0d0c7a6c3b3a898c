package org.pacto.portability.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One career as the API receives it (the public contract of
 * {@code POST /api/v1/portability/calculations}). Dates and codes arrive as text so that a bad
 * value is reported against its own field ({@code periods[2].to}) rather than as an unreadable body.
 *
 * @param id optional caller's reference, echoed in batch results
 */
@Schema(name = "Career", description = "One person's insurance career and claim, to calculate under the agreements "
        + "that apply. Unknown fields are refused.")
record CareerJson(
        @Schema(description = "The caller's own reference, echoed in batch results; never personal data.",
                example = "case-0042") @Nullable String id,
        @Schema(description = "The insured person (for survivors' benefits, the deceased).") @Nullable PersonJson person,
        @Schema(description = "The benefit claimed, when and where.") @Nullable ClaimJson claim,
        @Schema(description = "Periods of insurance, in any order; overlaps are resolved by the rules of the "
                + "agreement.") @Nullable List<PeriodJson> periods,
        @Schema(description = "Reference wage per country (ISO 3166-1 alpha-2 key), where a scheme's amount "
                + "depends on it.") @Nullable Map<String, EarningsJson> earnings) {

    @Schema(name = "CareerPerson")
    record PersonJson(
            @Schema(description = "Date of birth (ISO 8601).", format = "date", example = "1959-03-10")
            @Nullable String birthDate,
            @Schema(description = "`female` or `male`, where a scheme's pension age depends on it.",
                    allowableValues = {"female", "male"}, example = "female") @Nullable String sex) {
    }

    /**
     * @param contingencyDate optional: date the risk materialised (onset of invalidity, death); the claim date if absent
     * @param relationship optional, survivors: {@code spouse}, {@code partner}, {@code child} or {@code parent}
     */
    @Schema(name = "CareerClaim")
    record ClaimJson(
            @Schema(description = "`old-age`, `invalidity` or `survivors`.",
                    allowableValues = {"old-age", "invalidity", "survivors"}, example = "old-age")
            @Nullable String benefit,
            @Schema(description = "Date of the claim (ISO 8601), not in the future.", format = "date",
                    example = "2026-06-01") @Nullable String date,
            @Schema(description = "ISO 3166-1 alpha-2 code of the country claimed in.", example = "ES")
            @Nullable String country,
            @Schema(description = "Onset of invalidity or date of death (ISO 8601); the claim date when absent.",
                    format = "date") @Nullable String contingencyDate,
            @Schema(description = "Survivors: `spouse`, `partner`, `child` or `parent`.",
                    allowableValues = {"spouse", "partner", "child", "parent"}) @Nullable String relationship) {

        ClaimJson(@Nullable String benefit, @Nullable String date, @Nullable String country) {
            this(benefit, date, country, null, null);
        }
    }

    @Schema(name = "CareerPeriod")
    record PeriodJson(
            @Schema(description = "ISO 3166-1 alpha-2 code of the country insured in.", example = "EC")
            @Nullable String country,
            @Schema(description = "First day (ISO 8601).", format = "date", example = "1980-01-01") @Nullable String from,
            @Schema(description = "Last day (ISO 8601), before the claim.", format = "date", example = "1991-12-31")
            @Nullable String to,
            @Schema(description = "`compulsory` (default) or `voluntary`.", example = "compulsory") @Nullable String kind,
            @Schema(description = "The national scheme's code where a country has several.") @Nullable String scheme) {
    }

    @Schema(name = "CareerEarnings")
    record EarningsJson(
            @Schema(description = "Monthly reference wage in that country's scheme.", example = "1200")
            @Nullable BigDecimal referenceWage,
            @Schema(description = "ISO 4217 currency code.", example = "EUR") @Nullable String currency) {
    }
}
