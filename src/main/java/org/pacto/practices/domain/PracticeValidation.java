package org.pacto.practices.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.stereotype.Component;

/**
 * Checks a practice field by field, naming each field at fault, before anything is written. A draft
 * needs a language, a title and at least one objective; a submission needs every mandatory field,
 * an implemented practice and coherent dates.
 */
@Component
public class PracticeValidation {

    public static final List<String> TYPES = List.of("project", "policy", "service", "partnership", "tool",
            "campaign", "data");
    public static final List<String> LEVELS = List.of("local", "subnational", "national", "regional", "global");
    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 1_000;
    public static final int DESCRIPTION_MAX = 100_000;
    public static final int TEXT_MAX = 20_000;

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-ZÁÉÍÓÚÑ]{2,8}\\b");
    private static final Pattern SDG_TARGET = Pattern.compile("\\d{1,2}\\.[0-9a-z]{1,2}");

    private final Framework framework;
    private final Actors actors;

    /**
     * An SDG target (not a goal nor an indicator) of the taxonomy's reference list (scheme "sdg",
     * A/RES/71/313): a well-formed code that is not in the list, such as an invented "13.9", is refused.
     */
    public static boolean sdgTarget(Framework framework, String code) {
        return SDG_TARGET.matcher(code).matches() && framework.isTerm(Scheme.SDG, code);
    }

    PracticeValidation(Framework framework, Actors actors) {
        this.framework = framework;
        this.actors = actors;
    }

    /** Everything a draft may hold, checked; throws with every problem at once. */
    public PracticeContent draft(PracticeInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        String language = in.language() == null ? "" : in.language().trim();
        if (Language.fromCode(language).filter(l -> l.code().equals(language)).isEmpty()) {
            problems.add(new FieldProblem("language", "unknown-language", language));
        }
        String title = text(problems, "title", in.title(), TITLE_MAX, true);
        String summary = text(problems, "summary", in.summary(), SUMMARY_MAX, false);
        String description = sanitise(text(problems, "description", in.description(), DESCRIPTION_MAX, false));
        Map<String, Map<String, String>> translations = translations(problems, in.translations(), language);
        List<String> partnersText = new ArrayList<>();
        List<UUID> partnerIds = new ArrayList<>();
        List<String> partners = list(in.partners());
        if (partners.size() > 50) {
            problems.add(new FieldProblem("partners", "too-many", 50));
        }
        for (int i = 0; i < partners.size(); i++) {
            String partner = partners.get(i) == null ? "" : partners.get(i).strip();
            if (partner.isEmpty() || partner.length() > 300) {
                problems.add(new FieldProblem("partners[" + i + "]", "invalid-partner"));
                continue;
            }
            Optional<OrganisationSummary> known = organisation(partner);
            known.ifPresent(o -> partnerIds.add(o.id().value()));
            partnersText.add(known.map(OrganisationSummary::name).orElse(partner));
        }
        String type = in.type() == null || in.type().isBlank() ? "project" : in.type();
        if (!TYPES.contains(type)) {
            problems.add(new FieldProblem("type", "unknown-type", type));
        }
        LocalDate start = date(problems, "startDate", in.startDate());
        LocalDate end = date(problems, "endDate", in.endDate());
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("endDate", "end-before-start"));
        }
        if (start != null && start.isAfter(LocalDate.now().plusYears(1))) {
            problems.add(new FieldProblem("startDate", "start-in-future"));
        }
        String level = in.level() == null || in.level().isBlank() ? "local" : in.level();
        if (!LEVELS.contains(level)) {
            problems.add(new FieldProblem("level", "unknown-level", level));
        }
        List<String> countries = new ArrayList<>();
        Set<String> regions = new LinkedHashSet<>();
        List<String> countryCodes = list(in.countries());
        for (int i = 0; i < countryCodes.size(); i++) {
            String code = countryCodes.get(i) == null ? "" : countryCodes.get(i).trim().toUpperCase(Locale.ROOT);
            var country = framework.country(code, Language.EN);
            if (country.isEmpty()) {
                problems.add(new FieldProblem("countries[" + i + "]", "unknown-country", code));
            } else {
                countries.add(code);
                for (String region : new String[] {country.get().region(), country.get().subregion(),
                    country.get().intermediateRegion()}) {
                    if (region != null) {
                        regions.add(region);
                    }
                }
            }
        }
        String locality = text(problems, "locality", in.locality(), 300, false);
        if (in.latitude() != null && (in.latitude() < -90 || in.latitude() > 90)) {
            problems.add(new FieldProblem("latitude", "out-of-range", -90, 90));
        }
        if (in.longitude() != null && (in.longitude() < -180 || in.longitude() > 180)) {
            problems.add(new FieldProblem("longitude", "out-of-range", -180, 180));
        }
        List<Integer> objectives = new ArrayList<>();
        List<Integer> objectiveInput = list(in.objectives());
        if (objectiveInput.isEmpty()) {
            problems.add(new FieldProblem("objectives", "objective-required"));
        }
        for (int i = 0; i < objectiveInput.size(); i++) {
            Integer objective = objectiveInput.get(i);
            if (objective == null || objective < 1 || objective > 23) {
                problems.add(new FieldProblem("objectives[" + i + "]", "unknown-objective", objective));
            } else if (!objectives.contains(objective)) {
                objectives.add(objective);
            }
        }
        List<String> principles = codes(problems, "principles", in.principles(),
                code -> framework.principle(code, Language.EN).isPresent(), "unknown-principle");
        List<String> sdgTargets = codes(problems, "sdgTargets", in.sdgTargets(),
                code -> sdgTarget(framework, code), "unknown-sdg-target");
        List<String> themes = codes(problems, "themes", in.themes(), code -> framework.isTerm(Scheme.THEME, code),
                "unknown-theme");
        String targetPopulation = text(problems, "targetPopulation", in.targetPopulation(), TEXT_MAX, false);
        String results = sanitise(text(problems, "results", in.results(), TEXT_MAX, false));
        String monitoring = sanitise(text(problems, "monitoring", in.monitoring(), TEXT_MAX, false));
        String lessons = sanitise(text(problems, "lessons", in.lessons(), TEXT_MAX, false));
        String replication = sanitise(text(problems, "replication", in.replication(), TEXT_MAX, false));
        String budget = text(problems, "budget", in.budget(), 2_000, false);
        List<String> links = list(in.links());
        if (links.size() > 20) {
            problems.add(new FieldProblem("links", "too-many", 20));
        }
        for (int i = 0; i < links.size(); i++) {
            String link = links.get(i);
            if (link == null || link.length() > 2000 || !link.matches("https?://[^\\s<>\"]+")) {
                problems.add(new FieldProblem("links[" + i + "]", "invalid-link"));
            }
        }
        UUID call = null;
        if (in.call() != null && !in.call().isBlank()) {
            try {
                call = UUID.fromString(in.call());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("call", "unknown-call"));
            }
        }
        if (in.contact() != null) {
            var c = in.contact();
            text(problems, "contact.name", c.name(), 200, true);
            String email = text(problems, "contact.email", c.email(), 320, true);
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(new FieldProblem("contact.email", "invalid-email"));
            }
            text(problems, "contact.phone", c.phone(), 50, false);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean implemented = in.implemented() == null || in.implemented();
        return new PracticeContent(language, title, summary == null ? "" : summary,
                description == null ? "" : description, translations, partnersText, partnerIds, type, start, end,
                implemented, level, countries, List.copyOf(regions), locality, in.latitude(), in.longitude(),
                objectives, principles, sdgTargets, themes, targetPopulation, results, monitoring, lessons,
                replication, budget, links, call);
    }

    /** What a submission needs beyond a draft: the mandatory fields, an implemented practice, coherent dates. */
    public void submittable(PracticeContent p) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "required"));
        }
        if (p.description().isBlank()) {
            problems.add(new FieldProblem("description", "required"));
        }
        if (p.objectives().isEmpty()) {
            problems.add(new FieldProblem("objectives", "objective-required"));
        }
        if (!p.implemented()) {
            problems.add(new FieldProblem("implemented", "not-implemented"));
        }
        if (p.startDate() == null) {
            problems.add(new FieldProblem("startDate", "required"));
        } else if (p.startDate().isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("startDate", "not-started"));
        }
        if (p.countries().isEmpty() && !p.level().equals("global")) {
            problems.add(new FieldProblem("countries", "required"));
        }
        if (p.results() == null || p.results().isBlank()) {
            problems.add(new FieldProblem("results", "required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Acronyms (2–8 capitals) that are never spelled out in parentheses next to them: a warning, not an error. */
    public static List<String> unexplainedAcronyms(String... texts) {
        String all = String.join("\n", java.util.Arrays.stream(texts).map(t -> t == null ? "" : t).toList());
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = ACRONYM.matcher(all);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        List<String> unexplained = new ArrayList<>();
        for (String acronym : found) {
            boolean explained = all.contains("(" + acronym + ")") || all.contains(acronym + " (");
            if (!explained) {
                unexplained.add(acronym);
            }
        }
        return unexplained;
    }

    private Optional<OrganisationSummary> organisation(String nameOrId) {
        try {
            var id = UUID.fromString(nameOrId);
            return actors.organisations().stream().filter(o -> o.id().value().equals(id)).findFirst();
        } catch (IllegalArgumentException e) {
            return actors.organisations().stream().filter(o -> o.name().equalsIgnoreCase(nameOrId)).findFirst();
        }
    }

    private static String sanitise(@Nullable String text) {
        return text == null ? null : TAG.matcher(text).replaceAll("").replace("\u0000", "");
    }

    private static @Nullable String text(List<FieldProblem> problems, String field, @Nullable String value, int max,
                                         boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "required"));
            }
            return null;
        }
        if (stripped.length() > max) {
            problems.add(new FieldProblem(field, "too-long", max));
            return null;
        }
        return stripped;
    }

    private static @Nullable LocalDate date(List<FieldProblem> problems, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "invalid-date", value));
            return null;
        }
    }

    private Map<String, Map<String, String>> translations(List<FieldProblem> problems,
            @Nullable Map<String, Map<String, String>> input, String original) {
        var result = new LinkedHashMap<String, Map<String, String>>();
        if (input == null) {
            return result;
        }
        input.forEach((lang, fields) -> {
            if (Language.fromCode(lang).filter(l -> l.code().equals(lang)).isEmpty() || lang.equals(original)) {
                problems.add(new FieldProblem("translations." + lang, "unknown-language", lang));
                return;
            }
            var kept = new LinkedHashMap<String, String>();
            if (fields != null) {
                String t = text(problems, "translations." + lang + ".title", fields.get("title"), TITLE_MAX, false);
                String s = text(problems, "translations." + lang + ".summary", fields.get("summary"), SUMMARY_MAX,
                        false);
                if (t != null) {
                    kept.put("title", t);
                }
                if (s != null) {
                    kept.put("summary", s);
                }
            }
            if (!kept.isEmpty()) {
                result.put(lang, kept);
            }
        });
        return result;
    }

    private static List<String> codes(List<FieldProblem> problems, String field, @Nullable List<String> values,
                                      java.util.function.Predicate<String> known, String code) {
        List<String> kept = new ArrayList<>();
        List<String> list = list(values);
        for (int i = 0; i < list.size(); i++) {
            String value = list.get(i);
            if (value == null || !known.test(value)) {
                problems.add(new FieldProblem(field + "[" + i + "]", code, value));
            } else if (!kept.contains(value)) {
                kept.add(value);
            }
        }
        return kept;
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
