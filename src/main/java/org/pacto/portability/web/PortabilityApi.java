package org.pacto.portability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.pacto.portability.calculation.catalog.Agreement;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portability API: the calculation (public, like a calculator; nothing is stored), the
 * registry of agreements and the national schemes with their sources.
 */
@Tag(name = "portability", description = "Social-security portability: old-age pension calculations across the countries of a bilateral or multilateral agreement (totalisation and pro-rata), the registry of agreements and the national schemes, each figure with its legal source. Calculations are public and nothing is stored unless a signed-in person saves one.")
@RestController
@RequestMapping("/api/v1/portability")
class PortabilityApi {

    private final Calculations calculations;

    PortabilityApi(Calculations calculations) {
        this.calculations = calculations;
    }

    /** The body is read as text so that unknown fields and malformed JSON are refused strictly. */
    @Operation(summary = "Calculate a pension across countries",
            description = "Runs one portability calculation for a career (periods of insurance per country, dates of birth and claim, sex where the scheme needs it) under the agreements that apply, and answers each country's entitlement with the step-by-step explanation and the legal source of every rule. Public: no token; nothing is stored and no personal data is kept or logged.")
    @SecurityRequirements
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "One career.",
            content = @Content(schema = @Schema(implementation = CareerJson.class)))
    @PostMapping(path = "/calculations", consumes = MediaType.APPLICATION_JSON_VALUE)
    CalculationAnswer calculate(@RequestBody String body) {
        return calculations.calculate(CareerReader.parse(body), LocaleContextHolder.getLocale());
    }

    @Operation(summary = "List social-security agreements",
            description = "The registry of agreements Pacto can calculate with (multilateral and bilateral), with their parties and sources. Public.")
    @GetMapping("/agreements")
    List<AgreementView> agreements() {
        return calculations.catalog().agreements().stream().map(AgreementView::of).toList();
    }

    @Operation(summary = "Read one agreement",
            description = "One agreement by its code, with its parties, the benefits it covers and its sources. Public.")
    @Parameter(name = "code", description = "The agreement's code.", example = "mercosur")
    @GetMapping("/agreements/{code}")
    AgreementView agreement(@PathVariable String code) {
        return calculations.catalog().agreements().stream().filter(a -> a.id().equals(code)).findFirst()
                .map(AgreementView::of).orElseThrow(() -> new NotFoundException("agreement", code));
    }

    /** National old-age parameters on {@code date} (default today), each with its legal source. */
    @Operation(summary = "Read a national old-age scheme",
            description = "A country's old-age pension parameters (ages, contribution years, rates) in force on a date, each with its legal source, and the agreements the country is party to. Public.")
    @Parameter(name = "code", description = "ISO 3166-1 alpha-2 country code (case-insensitive).", example = "AR")
    @Parameter(name = "date", description = "The day the parameters are read for (ISO 8601; default: today).", schema = @Schema(type = "string", format = "date"), example = "2026-01-01")
    @GetMapping("/countries/{code}")
    SchemeView country(@PathVariable String code, @RequestParam(required = false) @Nullable String date) {
        String country = code.toUpperCase(Locale.ROOT);
        var scheme = calculations.catalog().scheme(country)
                .orElseThrow(() -> new NotFoundException("national scheme", code));
        List<String> agreements = calculations.catalog().agreements().stream().filter(a -> a.isParty(country))
                .map(Agreement::id).toList();
        return SchemeView.of(scheme, day(date), agreements);
    }

    private LocalDate day(@Nullable String date) {
        if (date == null || date.isBlank()) {
            return calculations.today();
        }
        List<FieldProblem> problems = new java.util.ArrayList<>();
        LocalDate day = org.pacto.platform.InputLimits.date(date, "date", true, problems);
        if (day == null) {
            throw new InvalidInputException(problems);
        }
        return day;
    }
}
