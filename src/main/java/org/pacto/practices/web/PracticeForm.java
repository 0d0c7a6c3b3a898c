package org.pacto.practices.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.Language;
import org.pacto.practices.calculation.ReviewRules;
import org.pacto.practices.domain.PracticeInput;
import org.pacto.practices.domain.PracticeValidation;
import org.pacto.practices.domain.PracticeView;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/** The practice form (submission, edit and update share it): its choices, values, errors and input. */
@Component
class PracticeForm {

    private final Framework framework;
    private final MessageSource messages;

    PracticeForm(Framework framework, MessageSource messages) {
        this.framework = framework;
        this.messages = messages;
    }

    /** The form's values for a practice as it stands (editing a draft, or proposing an update). */
    static Map<String, String> values(PracticeView practice) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("language", practice.language());
        values.put("title", practice.title());
        values.put("summary", practice.summary());
        values.put("description", practice.description());
        values.put("type", practice.type());
        values.put("level", practice.level());
        values.put("startDate", practice.startDate() == null ? "" : practice.startDate().toString());
        values.put("endDate", practice.endDate() == null ? "" : practice.endDate().toString());
        values.put("objectives", String.join(",", practice.objectives().stream().map(String::valueOf).toList()));
        values.put("principles", String.join(",", practice.principles()));
        values.put("countries", String.join(",", practice.countries()));
        values.put("themes", String.join(",", practice.themes()));
        values.put("sdgTargets", String.join(",", practice.sdgTargets()));
        values.put("links", String.join("\n", practice.links()));
        values.put("partners", String.join("\n", practice.partners()));
        values.put("locality", nz(practice.locality()));
        values.put("targetPopulation", nz(practice.targetPopulation()));
        values.put("results", nz(practice.results()));
        values.put("monitoring", nz(practice.monitoring()));
        values.put("lessons", nz(practice.lessons()));
        values.put("replication", nz(practice.replication()));
        values.put("budget", nz(practice.budget()));
        return values;
    }

    void fill(Model model, Map<String, String> values, Map<String, String> errors, @Nullable PracticeView practice) {
        Language l = PracticePages.language();
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", practice);
        model.addAttribute("allObjectives", framework.objectives(l));
        model.addAttribute("allPrinciples", framework.principles(l));
        model.addAttribute("allThemes", framework.terms(Scheme.THEME, l));
        model.addAttribute("types", PracticeValidation.TYPES);
        model.addAttribute("levels", PracticeValidation.LEVELS);
        model.addAttribute("criteria", ReviewRules.CRITERIA);
        model.addAttribute("languageCodes", Language.codes());
        model.addAttribute("selectedObjectives", List.of(values.getOrDefault("objectives", "").split(",")));
        model.addAttribute("selectedPrinciples", List.of(values.getOrDefault("principles", "").split(",")));
        model.addAttribute("selectedThemes", List.of(values.getOrDefault("themes", "").split(",")));
    }

    Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.merge(p.field().replaceAll("\\[\\d+]$", ""), messages.getMessage(
                "problem." + p.code(), p.arguments().toArray(), p.code(), LocaleContextHolder.getLocale()),
                (a, b) -> a + " " + b));
        return errors;
    }

    static PracticeInput input(MultiValueMap<String, String> form) {
        List<Integer> objectives = new ArrayList<>();
        for (String value : many(form, "objectives")) {
            try {
                objectives.add(Integer.valueOf(value));
            } catch (NumberFormatException e) {
                objectives.add(-1);
            }
        }
        List<String> partners = form.getFirst("partners") == null ? List.of()
                : form.getFirst("partners").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        var contactName = form.getFirst("contactName");
        var contact = contactName == null || contactName.isBlank() ? null
                : new PracticeInput.Contact(contactName, form.getFirst("contactEmail"), form.getFirst("contactPhone"));
        return new PracticeInput(form.getFirst("language"), form.getFirst("title"), form.getFirst("summary"),
                form.getFirst("description"), null, partners, form.getFirst("type"), form.getFirst("startDate"),
                form.getFirst("endDate"), !"false".equals(form.getFirst("implemented")), form.getFirst("level"),
                many(form, "countries"), form.getFirst("locality"), null, null, objectives, many(form, "principles"),
                many(form, "sdgTargets"), many(form, "themes"), form.getFirst("targetPopulation"), form.getFirst("results"),
                form.getFirst("monitoring"), form.getFirst("lessons"), form.getFirst("replication"),
                form.getFirst("budget"), form.getFirst("links") == null ? List.of() : form.getFirst("links").lines()
                .map(String::strip).filter(s -> !s.isEmpty()).toList(), null, contact);
    }

    private static List<String> many(MultiValueMap<String, String> form, String name) {
        List<String> values = new ArrayList<>();
        for (String value : form.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    private static String nz(@Nullable String value) {
        return value == null ? "" : value;
    }
}
