package org.pacto.portability.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.pacto.portability.calculation.catalog.Agreement;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.ProtectionOptions;
import org.pacto.portability.saved.SavedCalculations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages for people: which agreement protects me, the calculator, and each agreement's and
 * country's rules with their sources. Every page works without JavaScript; the chart is extra.
 */
@PageController
class PortabilityPages {

    private static final int MAX_ROWS = 40;

    private final Calculations calculations;
    private final CountryNames names;
    private final MessageSource messages;
    private final JsonMapper json;
    private final SavedCalculations savedCalculations;
    private final Actors actors;

    PortabilityPages(Calculations calculations, CountryNames names, MessageSource messages, JsonMapper json,
                     SavedCalculations savedCalculations, Actors actors) {
        this.calculations = calculations;
        this.names = names;
        this.messages = messages;
        this.json = json;
        this.savedCalculations = savedCalculations;
        this.actors = actors;
    }

    @GetMapping("/portability")
    String landing(@RequestParam(required = false) @Nullable List<String> countries, Model model) {
        Language language = language();
        LocalDate today = calculations.today();
        Set<String> chosen = new LinkedHashSet<>();
        if (countries != null) {
            countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).forEach(chosen::add);
        }
        model.addAttribute("options", names.options(calculations.catalog(), language));
        model.addAttribute("chosen", chosen);
        model.addAttribute("asked", chosen.size() >= 2);
        var found = calculations.catalog().agreements().stream()
                .filter(a -> chosen.stream().filter(c -> a.inForceFor(c, today)).count() >= 2)
                .map(a -> match(a, chosen, today, language)).toList();
        model.addAttribute("matches", found);
        List<String> unlinked = new ArrayList<>();
        List<String> list = List.copyOf(chosen);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                String a = list.get(i);
                String b = list.get(j);
                if (calculations.catalog().agreements().stream()
                        .noneMatch(x -> x.inForceFor(a, today) && x.inForceFor(b, today))) {
                    unlinked.add(message("portability.unlinked", names.name(a, language), names.name(b, language)));
                }
            }
        }
        model.addAttribute("unlinked", unlinked);
        EngineTexts texts = new EngineTexts(messages, LocaleContextHolder.getLocale());
        model.addAttribute("protectionOptions", ProtectionOptions.forUnlinkedPairs(
                calculations.catalog().agreements(), list, Branch.OLD_AGE, today).stream()
                .map(o -> CalculationAnswer.OptionView.of(o, texts)).toList());
        return "portability/landing";
    }

    @GetMapping("/portability/calculator")
    String calculator(Model model) {
        var form = new CalculatorForm();
        form.setClaimDate(calculations.today().toString());
        form.getPeriods().add(new CalculatorForm.PeriodRow());
        form.getPeriods().add(new CalculatorForm.PeriodRow());
        return calculatorPage(form, model);
    }

    /** One form, three actions: add a row, remove row {@code remove}, or calculate. */
    @PostMapping("/portability/calculator")
    String calculate(@ModelAttribute("form") CalculatorForm form,
                     @RequestParam(required = false) @Nullable String action,
                     @RequestParam(required = false) @Nullable Integer remove, Model model) {
        if (remove != null && remove >= 0 && remove < form.getPeriods().size()) {
            form.getPeriods().remove((int) remove);
        } else if ("add".equals(action) && form.getPeriods().size() < MAX_ROWS) {
            form.getPeriods().add(new CalculatorForm.PeriodRow());
        } else {
            try {
                var result = calculations.result(form.toCareer(currencies()));
                model.addAttribute("answer", CalculationAnswer.of(result,
                        new EngineTexts(messages, LocaleContextHolder.getLocale())));
            } catch (InvalidInputException e) {
                model.addAttribute("problems", e.problems().stream().map(p -> new Problem(fieldId(p.field()),
                        p.field(), message("problem." + p.code(), p.arguments().toArray()))).toList());
            }
        }
        return calculatorPage(form, model);
    }

    private String calculatorPage(CalculatorForm form, Model model) {
        Language language = language();
        model.addAttribute("form", form);
        model.addAttribute("options", names.options(calculations.catalog(), language));
        model.addAttribute("benefits", Calculations.benefits());
        model.addAttribute("relationships", List.of("spouse", "partner", "child", "parent"));
        model.addAttribute("wageCountries", form.countries().stream()
                .filter(c -> calculations.catalog().scheme(c).isPresent())
                .map(c -> new Wage(c, names.name(c, language), calculations.catalog().scheme(c).orElseThrow()
                        .currency())).toList());
        model.addAttribute("names", names.names(form.countries(), language));
        model.addAttribute("agreementNames", calculations.catalog().agreements().stream()
                .collect(Collectors.toMap(Agreement::id, Agreement::name)));
        model.addAttribute("periodsChart", periodsChart(form, language));
        return "portability/calculator";
    }

    /**
     * The periods typed so far, by country, drawn on the server (platform.Chart): rows whose dates are
     * missing, unreadable or reversed are left out (the calculation reports them).
     */
    private org.pacto.platform.@Nullable Chart periodsChart(CalculatorForm form, Language language) {
        var spans = new java.util.ArrayList<org.pacto.platform.Chart.Span>();
        for (var p : form.getPeriods()) {
            if (p.getCountry() == null || p.getCountry().isBlank()) {
                continue;
            }
            try {
                var from = java.time.LocalDate.parse(p.getFrom());
                var to = java.time.LocalDate.parse(p.getTo());
                if (!to.isBefore(from)) {
                    spans.add(new org.pacto.platform.Chart.Span(names.name(p.getCountry(), language),
                            message("portability.kind." + p.getKind()), from, to));
                }
            } catch (RuntimeException unreadable) {
                // an empty or malformed date: not drawn
            }
        }
        return spans.isEmpty() ? null : new org.pacto.platform.Chart.Spans(message("portability.chart"),
                message("portability.country"), message("portability.kind"), message("portability.from"),
                message("portability.to"), spans);
    }

    /** A signed-in person saves the calculation on screen; it is recalculated, never taken from the page. */
    @PostMapping("/portability/calculator/save")
    String save(@ModelAttribute("form") CalculatorForm form, @RequestParam(defaultValue = "") String name,
                Model model) {
        Actor owner = actors.current().orElse(null);
        if (owner == null) {
            return "redirect:/login";
        }
        CareerJson career = form.toCareer(currencies());
        var result = calculations.result(career);
        CalculationAnswer answer = CalculationAnswer.of(result, new EngineTexts(messages, LocaleContextHolder.getLocale()));
        var saved = savedCalculations.save(owner, name, json.writeValueAsString(career), json.writeValueAsString(answer));
        model.addAttribute("answer", answer);
        model.addAttribute("savedName", saved.name());
        return calculatorPage(form, model);
    }

    @GetMapping("/portability/saved")
    String saved(Model model) {
        Actor owner = actors.current().orElse(null);
        if (owner == null) {
            return "redirect:/login";
        }
        model.addAttribute("saved", savedCalculations.of(owner));
        return "portability/saved";
    }

    @GetMapping("/portability/saved/{id}")
    String savedOne(@PathVariable java.util.UUID id, Model model) {
        Actor owner = actors.current().orElse(null);
        if (owner == null) {
            return "redirect:/login";
        }
        var saved = savedCalculations.one(owner, id);
        CalculationAnswer answer = json.readValue(saved.result(), CalculationAnswer.class);
        model.addAttribute("savedName", saved.name());
        model.addAttribute("savedId", saved.id());
        model.addAttribute("answer", answer);
        model.addAttribute("names", names.names(answer.results().stream().map(CalculationAnswer.ResultView::country)
                .toList(), language()));
        model.addAttribute("agreementNames", calculations.catalog().agreements().stream()
                .collect(Collectors.toMap(Agreement::id, Agreement::name)));
        return "portability/saved-one";
    }

    /** The owner deletes one from its page (form with an optional reason); back to the list. */
    @PostMapping("/portability/saved/{id}/delete")
    String deleteSaved(@PathVariable java.util.UUID id, @RequestParam(defaultValue = "") String reason) {
        Actor owner = actors.current().orElse(null);
        if (owner == null) {
            return "redirect:/login";
        }
        savedCalculations.delete(owner, id, reason);
        return "redirect:/portability/saved?deleted";
    }

    private Map<String, String> currencies() {
        return calculations.catalog().schemes().values().stream()
                .collect(Collectors.toMap(NationalScheme::country, NationalScheme::currency));
    }

    @GetMapping("/portability/agreements/{code}")
    String agreement(@PathVariable String code, Model model) {
        Language language = language();
        Agreement agreement = calculations.catalog().agreements().stream().filter(a -> a.id().equals(code))
                .findFirst().orElseThrow(() -> new NotFoundException("agreement", code));
        model.addAttribute("agreement", AgreementView.of(agreement));
        Set<String> named = new LinkedHashSet<>(agreement.effectiveFrom().keySet());
        agreement.signatories().forEach(sig -> named.add(sig.country()));
        model.addAttribute("names", names.names(named, language));
        model.addAttribute("schemes", calculations.catalog().schemes().keySet());
        return "portability/agreement";
    }

    @GetMapping("/portability/countries/{code}")
    String country(@PathVariable String code, Model model) {
        Language language = language();
        String country = code.toUpperCase(Locale.ROOT);
        var scheme = calculations.catalog().scheme(country)
                .orElseThrow(() -> new NotFoundException("national scheme", code));
        var agreements = calculations.catalog().agreements().stream().filter(a -> a.isParty(country)).toList();
        model.addAttribute("scheme", SchemeView.of(scheme, calculations.today(),
                agreements.stream().map(Agreement::id).toList()));
        model.addAttribute("countryName", names.name(country, language));
        model.addAttribute("agreements", agreements.stream().map(AgreementView::of).toList());
        return "portability/country";
    }

    private Match match(Agreement a, Set<String> chosen, LocalDate today, Language language) {
        List<String> linked = chosen.stream().filter(c -> a.inForceFor(c, today)).map(c -> names.name(c, language))
                .toList();
        List<String> linkedCodes = chosen.stream().filter(c -> a.inForceFor(c, today)).toList();
        return new Match(a.id(), a.name(), String.join(", ", linked),
                Arrays.stream(Branch.values()).filter(a::covers).map(Branch::code).toList(),
                Arrays.stream(Branch.values()).filter(b -> !a.covers(b)).map(Branch::code).toList(),
                AgreementView.WhereToApply.of(a, linkedCodes),
                names.names(linkedCodes, language));
    }

    /** HTML id of the input behind an API field path, e.g. periods[2].to → periods2.to. */
    private static String fieldId(String field) {
        String id = switch (field) {
            case "person", "person.birthDate" -> "birthDate";
            case "person.sex" -> "sex";
            case "claim", "claim.date" -> "claimDate";
            case "claim.country" -> "claimCountry";
            case "claim.benefit" -> "benefit";
            case "periods" -> "periods0.country";
            default -> field.startsWith("earnings.") ? "wages" + field.substring(9, 11) : field;
        };
        return id.replace("[", "").replace("]", "");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    record Match(String code, String name, String linked, List<String> covers, List<String> doesNotCover,
                 AgreementView.@Nullable WhereToApply whereToApply, Map<String, String> names) {
    }

    record Wage(String country, String name, String currency) {
    }

    record Problem(String id, String field, String message) {
    }
}
