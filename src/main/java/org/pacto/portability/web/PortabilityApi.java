package org.pacto.portability.web;

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
@RestController
@RequestMapping("/api/v1/portability")
class PortabilityApi {

    private final Calculations calculations;

    PortabilityApi(Calculations calculations) {
        this.calculations = calculations;
    }

    /** The body is read as text so that unknown fields and malformed JSON are refused strictly. */
    @PostMapping(path = "/calculations", consumes = MediaType.APPLICATION_JSON_VALUE)
    CalculationAnswer calculate(@RequestBody String body) {
        return calculations.calculate(CareerReader.parse(body), LocaleContextHolder.getLocale());
    }

    @GetMapping("/agreements")
    List<AgreementView> agreements() {
        return calculations.catalog().agreements().stream().map(AgreementView::of).toList();
    }

    @GetMapping("/agreements/{code}")
    AgreementView agreement(@PathVariable String code) {
        return calculations.catalog().agreements().stream().filter(a -> a.id().equals(code)).findFirst()
                .map(AgreementView::of).orElseThrow(() -> new NotFoundException("agreement", code));
    }

    /** National old-age parameters on {@code date} (default today), each with its legal source. */
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
