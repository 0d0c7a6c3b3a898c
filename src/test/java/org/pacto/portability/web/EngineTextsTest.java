package org.pacto.portability.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.math.BigDecimal;
import org.pacto.portability.calculation.CalculationRequest;
import org.pacto.portability.calculation.Claim;
import org.pacto.portability.calculation.CountryResult;
import org.pacto.portability.calculation.InsurancePeriod;
import org.pacto.portability.calculation.Person;
import org.pacto.portability.calculation.ReferenceEarnings;
import org.pacto.portability.calculation.Sex;
import org.pacto.portability.calculation.PeriodKind;
import org.pacto.portability.calculation.PortabilityCalculator;
import org.pacto.portability.calculation.Step;
import org.pacto.portability.calculation.Warning;

import static org.assertj.core.api.Assertions.assertThat;

/** Every step and warning the engine emits for varied careers has a full sentence in each of the four languages. */
class EngineTextsTest {

    private static final org.springframework.context.MessageSource MESSAGES = org.pacto.platform.web.ModuleMessages.source();

    private static CalculationRequest oldAge(String birth, String country, String date, List<InsurancePeriod> periods,
            Map<String, ReferenceEarnings> earnings) {
        return new CalculationRequest(new Person(LocalDate.parse(birth), Sex.FEMALE),
                new Claim("old-age", LocalDate.parse(date), country), periods, earnings);
    }

    private static InsurancePeriod period(String country, String from, String to, PeriodKind kind) {
        return new InsurancePeriod(country, LocalDate.parse(from), LocalDate.parse(to), kind);
    }

    private static InsurancePeriod compulsory(String country, String from, String to) {
        return period(country, from, to, PeriodKind.COMPULSORY);
    }

    private static ReferenceEarnings eur(String amount) {
        return new ReferenceEarnings(new BigDecimal(amount), "EUR");
    }

    @Test
    void everyCodeIsRenderedInEveryLanguage() {
        List<CountryResult> results = new ArrayList<>();
        var calculator = new PortabilityCalculator();
        results.addAll(calculator.calculate(oldAge("1959-03-10", "ES", "2026-06-01", List.of(
                compulsory("EC", "1980-01-01", "1991-12-31"), compulsory("ES", "2000-01-01", "2025-12-31"),
                compulsory("US", "1992-01-01", "1994-12-31")), Map.of("ES", eur("1200.00")))).results());
        results.addAll(calculator.calculate(oldAge("1958-01-01", "ES", "2026-03-01", List.of(
                compulsory("FR", "1996-01-01", "2005-12-31"), period("PT", "2003-01-01", "2004-12-31", PeriodKind.VOLUNTARY),
                compulsory("ES", "2006-01-01", "2026-12-31"), compulsory("CL", "1990-01-01", "1990-06-30")),
                Map.of())).results());
        List<Step> steps = results.stream().flatMap(r -> r.steps().stream()).toList();
        List<Warning> warnings = results.stream().flatMap(r -> r.warnings().stream()).toList();
        assertThat(steps).extracting(Step::code).contains("periods", "agreement-in-force", "amount-due");
        assertThat(warnings).extracting(Warning::code).contains("gap", "no-agreement", "period-truncated");
        for (String language : List.of("es", "en", "fr", "pt")) {
            EngineTexts texts = new EngineTexts(MESSAGES, Locale.forLanguageTag(language));
            steps.forEach(s -> assertThat(texts.step(s)).as(language + " " + s.code())
                    .doesNotContain("{").doesNotContain("portability.").isNotEqualTo(s.code()).endsWith("."));
            warnings.forEach(w -> assertThat(texts.detail(w)).as(language + " " + w.code())
                    .doesNotContain("{").doesNotContain("portability.").isNotEqualTo(w.code()).endsWith("."));
        }
        assertThat(new EngineTexts(MESSAGES, Locale.forLanguageTag("fr")).detail(
                Warning.of("gap", LocalDate.parse("2001-01-01"), LocalDate.parse("2001-12-31"), 365L)))
                .isEqualTo("Aucune assurance enregistrée du 2001-01-01 au 2001-12-31 (365 jours).");
    }

    /** Ecuador's 480-contribution route has no age: it reads "at any age", not "0 years 0 months". */
    @Test
    void aRouteWithoutAgeReadsAtAnyAge() {
        var route = org.pacto.portability.calculation.catalog.AgeCondition.at(0, 0,
                org.pacto.portability.calculation.catalog.PeriodLength.months(480), "Ley de Seguridad Social art. 185");
        Step step = Step.of("pension-age-route", route.source(), "EC", route);
        assertThat(new EngineTexts(MESSAGES, Locale.ENGLISH).step(step))
                .contains("at any age with at least 480 months").doesNotContain("0 years 0 months");
        assertThat(new EngineTexts(MESSAGES, Locale.forLanguageTag("es")).step(step))
                .contains("a cualquier edad con al menos 480 meses");
        assertThat(new EngineTexts(MESSAGES, Locale.FRENCH).step(step)).contains("à tout âge avec au moins 480 mois");
        assertThat(new EngineTexts(MESSAGES, Locale.forLanguageTag("pt")).step(step))
                .contains("em qualquer idade com pelo menos 480 meses");
    }

    /** Every option the engine can list reads as full sentences in the four languages. */
    @Test
    void everyProtectionOptionIsRenderedInEveryLanguage() {
        var calculator = new PortabilityCalculator();
        List<org.pacto.portability.calculation.catalog.ProtectionOption> options = new ArrayList<>();
        for (List<String> pair : List.of(List.of("EC", "US"), List.of("MX", "CO"), List.of("PE", "PH"),
                List.of("CR", "ES"))) {
            options.addAll(calculator.calculate(oldAge("1960-01-01", pair.get(1), "2026-03-01", List.of(
                    compulsory(pair.get(0), "1985-01-01", "1999-12-31"),
                    compulsory(pair.get(1), "2000-01-01", "2022-12-31")), Map.of())).options());
        }
        assertThat(options).extracting(o -> o.code()).contains("ec-iess-voluntary-abroad",
                "mx-imss-voluntary-continuation", "co-voluntary-affiliation-abroad", "pe-onp-facultative", "ph-owwa",
                "consular-registration", "agreement-not-in-force");
        for (String language : List.of("es", "en", "fr", "pt")) {
            EngineTexts texts = new EngineTexts(MESSAGES, Locale.forLanguageTag(language));
            for (var o : options) {
                assertThat(texts.option(o)).as(language + " " + o.code())
                        .doesNotContain("{").doesNotContain("portability.").isNotEqualTo(o.code());
                assertThat(texts.optionConditions(o)).as(language + " " + o.code())
                        .doesNotContain("{").doesNotContain("portability.").endsWith(".");
            }
        }
        var cmiss = options.stream().filter(o -> o.code().equals("agreement-not-in-force")).findFirst().orElseThrow();
        assertThat(new EngineTexts(MESSAGES, Locale.ENGLISH).option(cmiss)).contains("CR (signed)", "ES (in force)");
        assertThat(new EngineTexts(MESSAGES, Locale.FRENCH).optionConditions(cmiss)).contains("Tant qu'il");
    }
}
