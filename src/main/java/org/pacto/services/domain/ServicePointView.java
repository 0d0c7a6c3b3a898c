package org.pacto.services.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What anyone may read about a service point: nothing in it is personal. */
public record ServicePointView(
        @Schema(description = "Id") UUID id,
        @Schema(description = "Name") String name,
        @Schema(description = "Kind code", example = "information-point") String kind,
        @Schema(description = "Operating organisation's id") UUID operator,
        @Schema(description = "Operating organisation's name") String operatorName,
        @Schema(description = "Country (ISO 3166-1 alpha-2)", example = "AR") String country,
        @Schema(description = "Locality", example = "Quilmes") String locality,
        @Schema(description = "Address") String address,
        @Schema(description = "Latitude") double latitude,
        @Schema(description = "Longitude") double longitude,
        @Schema(description = "Opening hours as written", example = "mo-fr 08:00-14:00") String openingHours,
        @Schema(description = "IANA time zone") String timeZone,
        @Schema(description = "Languages spoken (ISO 639)") List<String> languages,
        @Schema(description = "Services offered (codes)") List<String> services,
        @Schema(description = "Child-sensitive") boolean childSensitive,
        @Schema(description = "Gender-responsive") boolean genderResponsive,
        @Schema(description = "Accessibility notes") String accessibility,
        @Schema(description = "How to get there") String directions,
        @Schema(description = "Date the details were last verified") LocalDate verifiedOn,
        @Schema(description = "open, temporarily-closed or closed") String status,
        @Schema(description = "Whether it is open at the time of the request (its own time zone)") boolean openNow,
        @Schema(description = "Distance in km from the 'near' position, when one was given") @Nullable Double distanceKm,
        @Schema(description = "True for invented demonstration data") boolean synthetic,
        @Schema(description = "Where the demo entry comes from (a seed document)") String source) {
}
