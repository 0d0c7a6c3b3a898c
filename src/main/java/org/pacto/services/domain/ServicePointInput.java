package org.pacto.services.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A service point as its operator writes it ({@code POST|PUT /api/v1/services/points}). */
public record ServicePointInput(
        @Schema(description = "Name of the point", example = "Oficina de Atención al Migrante") @Nullable String name,
        @Schema(description = "Kind: information-point, integrated-service, community-centre, shelter, health, "
                + "legal-aid, employment, education or mobile-consular-day", example = "information-point")
        @Nullable String kind,
        @Schema(description = "Operating organisation's id; default: the caller's organisation") @Nullable String operator,
        @Schema(description = "ISO 3166-1 alpha-2 country", example = "AR") @Nullable String country,
        @Schema(description = "Locality", example = "Quilmes") @Nullable String locality,
        @Schema(description = "Street address", example = "Alberdi 500, Quilmes") @Nullable String address,
        @Schema(description = "Latitude (WGS 84)", example = "-34.7206") @Nullable Double latitude,
        @Schema(description = "Longitude (WGS 84)", example = "-58.2546") @Nullable Double longitude,
        @Schema(description = "Opening hours: 'mo-fr 09:00-16:00; sa 09:00-12:00' or '24/7'",
                example = "mo-fr 08:00-14:00") @Nullable String openingHours,
        @Schema(description = "IANA time zone of the point", example = "America/Argentina/Buenos_Aires")
        @Nullable String timeZone,
        @Schema(description = "Languages spoken (ISO 639 codes)", example = "[\"es\", \"qu\"]")
        @Nullable List<String> languages,
        @Schema(description = "Services offered (codes)", example = "[\"information\", \"documentation\"]")
        @Nullable List<String> services,
        @Schema(description = "Child-sensitive (trained staff, child-friendly space)") @Nullable Boolean childSensitive,
        @Schema(description = "Gender-responsive (e.g. women staff on request, safe referral of violence)")
        @Nullable Boolean genderResponsive,
        @Schema(description = "Accessibility notes", example = "Entrada a nivel, baño accesible")
        @Nullable String accessibility,
        @Schema(description = "How to get there", example = "Colectivos 22 y 98") @Nullable String directions,
        @Schema(description = "Date the details were last verified", example = "2026-11-20") @Nullable LocalDate verifiedOn,
        @Schema(description = "open, temporarily-closed or closed; default open", example = "open")
        @Nullable String status) {
}
