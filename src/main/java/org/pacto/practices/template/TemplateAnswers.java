package org.pacto.practices.template;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.practices.domain.PracticeValidation;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the raw answers of a template into the values of the submission form: codes from numbers,
 * names or titles in any of Pacto's languages, ISO dates from yyyy-mm-dd or dd/mm/yyyy. What cannot
 * be read is reported per field, with a code whose message is {@code problem.<code>}.
 */
@Component
class TemplateAnswers {

    private static final Pattern NUMBER = Pattern.compile("\\b(\\d{1,3})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern SPLIT = Pattern.compile("[,;\\n]+");

    private final Framework framework;
    private final MessageSource messages;

    TemplateAnswers(Framework framework, MessageSource messages) {
        this.framework = framework;
        this.messages = messages;
    }

    /** What was read: values shaped like the API's practice input, the empty fields and the problems. */
    record Mapped(Map<String, Object> fields, List<String> missing, List<FieldProblem> problems) {
    }

    Mapped map(Map<String, String> answers) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (TemplateField field : TemplateField.values()) {
            String answer = answers.getOrDefault(field.key(), "").strip();
            if (answer.isEmpty()) {
                missing.add(field.key());
                continue;
            }
            Object value = read(field, answer, problems);
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                fields.put(field.key(), value);
            }
        }
        return new Mapped(fields, missing, problems);
    }

    private Object read(TemplateField field, String answer, List<FieldProblem> problems) {
        String key = field.key();
        return switch (field.kind()) {
            case TEXT -> text(key, answer, problems);
            case EMAIL -> {
                if (!answer.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    problems.add(new FieldProblem(key, "invalid-email"));
                }
                yield answer;
            }
            case LANGUAGE -> language(answer).orElseGet(() -> {
                problems.add(new FieldProblem(key, "unknown-language", answer));
                return null;
            });
            case TYPE -> choice("type", PracticeValidation.TYPES, answer).orElseGet(() -> {
                problems.add(new FieldProblem(key, "unknown-type", answer));
                return null;
            });
            case LEVEL -> choice("level", PracticeValidation.LEVELS, answer).orElseGet(() -> {
                problems.add(new FieldProblem(key, "unknown-level", answer));
                return null;
            });
            case DATE -> date(answer).orElseGet(() -> {
                problems.add(new FieldProblem(key, "invalid-date", answer));
                return null;
            });
            case OBJECTIVES -> objectives(key, answer, problems);
            case PRINCIPLES -> each(key, answer, "unknown-principle", problems, this::principle);
            case THEMES -> each(key, answer, "unknown-theme", problems, this::theme);
            case COUNTRIES -> each(key, answer, "template-unknown-country", problems, this::country);
            case SDG_TARGETS -> each(key, answer, "unknown-sdg-target", problems,
                    s -> PracticeValidation.sdgTarget(framework, s.toLowerCase(Locale.ROOT))
                            ? Optional.of(s.toLowerCase(Locale.ROOT)) : Optional.empty());
            case LINES -> answer.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            case LINKS -> {
                List<String> links = new ArrayList<>();
                for (String link : answer.split("\\s+")) {
                    if (link.matches("https?://[^\\s<>\"]+") && link.length() <= 2000) {
                        links.add(link);
                    } else if (!link.isBlank()) {
                        problems.add(new FieldProblem(key, "invalid-link", link));
                    }
                }
                yield links;
            }
        };
    }

    private static String text(String key, String answer, List<FieldProblem> problems) {
        int max = switch (key) {
            case "title" -> PracticeValidation.TITLE_MAX;
            case "summary" -> PracticeValidation.SUMMARY_MAX;
            case "description" -> PracticeValidation.DESCRIPTION_MAX;
            case "locality", "contactName" -> 300;
            case "budget" -> 2_000;
            case "contactPhone" -> 50;
            default -> PracticeValidation.TEXT_MAX;
        };
        if (answer.length() > max) {
            problems.add(new FieldProblem(key, "too-long", max));
        }
        return answer;
    }

    private static Optional<String> language(String answer) {
        for (Language language : Language.values()) {
            if (language.code().equalsIgnoreCase(answer) || fold(language.nativeName()).equals(fold(answer))) {
                return Optional.of(language.code());
            }
        }
        return Optional.empty();
    }

    /** A type or level: its code, or its name in any of the four languages. */
    private Optional<String> choice(String facet, List<String> codes, String answer) {
        String folded = fold(answer);
        for (String code : codes) {
            if (code.equals(folded)) {
                return Optional.of(code);
            }
            for (Language language : Language.values()) {
                String label = messages.getMessage("practice." + facet + "." + code, null, code, language.locale());
                if (fold(label).equals(folded)) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> date(String answer) {
        String value = answer.strip();
        try {
            Matcher dayFirst = DAY_FIRST.matcher(value);
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1))).toString());
            }
            return Optional.of(LocalDate.parse(value).toString());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Objective numbers anywhere in the answer: "1, 15", "Objetivo 15", "15. Consular protection". */
    private static List<Integer> objectives(String key, String answer, List<FieldProblem> problems) {
        Set<Integer> found = new LinkedHashSet<>();
        for (String part : SPLIT.split(answer)) {
            Matcher matcher = NUMBER.matcher(part);
            if (!matcher.find()) {
                if (!part.isBlank()) {
                    problems.add(new FieldProblem(key, "unknown-objective", part.strip()));
                }
                continue;
            }
            int number = Integer.parseInt(matcher.group(1));
            if (number < 1 || number > 23) {
                problems.add(new FieldProblem(key, "unknown-objective", number));
            } else {
                found.add(number);
            }
        }
        return List.copyOf(found);
    }

    private static List<String> each(String key, String answer, String code, List<FieldProblem> problems,
                                     java.util.function.Function<String, Optional<String>> lookup) {
        Set<String> found = new LinkedHashSet<>();
        for (String part : SPLIT.split(answer)) {
            String value = part.strip();
            if (value.isEmpty()) {
                continue;
            }
            lookup.apply(value).ifPresentOrElse(found::add, () -> problems.add(new FieldProblem(key, code, value)));
        }
        return List.copyOf(found);
    }

    private Optional<String> principle(String answer) {
        String folded = fold(answer);
        for (Language language : Language.values()) {
            for (var principle : framework.principles(language)) {
                if (principle.code().equalsIgnoreCase(answer) || fold(principle.title()).equals(folded)) {
                    return Optional.of(principle.code());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> theme(String answer) {
        String folded = fold(answer);
        for (Language language : Language.values()) {
            for (var term : framework.terms(Scheme.THEME, language)) {
                if (term.code().equalsIgnoreCase(answer) || fold(term.label()).equals(folded)) {
                    return Optional.of(term.code());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> country(String answer) {
        String upper = answer.toUpperCase(Locale.ROOT);
        if (upper.length() == 2 && framework.isCountry(upper)) {
            return Optional.of(upper);
        }
        String folded = fold(answer);
        for (Language language : Language.values()) {
            for (var country : framework.countries(language)) {
                if (country.alpha3().equalsIgnoreCase(answer) || fold(country.name()).equals(folded)) {
                    return Optional.of(country.code());
                }
            }
        }
        return Optional.empty();
    }

    /** Lower case, without accents or surrounding punctuation, single spaces: for comparing names. */
    static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^[\\s.\\-–]+|[\\s.]+$", "");
    }
}
