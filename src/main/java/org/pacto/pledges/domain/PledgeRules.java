package org.pacto.pledges.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.pledges.domain.PledgeDetails.ContactDetails;
import org.pacto.pledges.domain.PledgeDetails.TargetDetails;
import org.pacto.pledges.domain.PledgeDetails.TranslationDetails;
import org.pacto.pledges.domain.PledgeInput.ReportInput;
import org.pacto.taxonomy.Country;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.stereotype.Component;

/** Checks a pledge or a report before anything is written, naming every field at fault. */
@Component
public class PledgeRules {

    public static final int DESCRIPTION_MIN = 300;
    public static final int DESCRIPTION_MAX = 3000;
    public static final int TITLE_MAX = 300;
    public static final int MAX_MAIN = 3;
    public static final int NEED_MAX = 1000;
    /**
     * Reference lists whose indicators a target may name. Seed 004 asks that pledges be "monitoreables mediante
     * indicadores del PMM"; the taxonomy's reference list holds the SDG indicators the GCM is followed with
     * (10.7.1–10.7.4, 10.c.1, 17.3.2…). A GCM-specific list joins here once the taxonomy has one.
     */
    public static final List<Scheme> INDICATOR_SCHEMES = List.of(Scheme.SDG);
    public static final List<String> TYPES = List.of("individual", "common", "partnership", "matching");
    public static final List<String> NATURES = List.of("financial", "technical", "process", "policy");
    /** Digits before and after the point of a target's values (columns {@code numeric(20,4)}). */
    public static final int VALUE_DIGITS = 15;
    public static final int VALUE_DECIMALS = 4;
    public static final int WEIGHT_DIGITS = 6;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

    private final Framework framework;

    public PledgeRules(Framework framework) {
        this.framework = framework;
    }

    public PledgeDetails check(PledgeInput in, java.util.function.Predicate<UUID> pledgeExists) {
        List<FieldProblem> problems = new ArrayList<>();
        String language = text(in.language());
        if (language.isEmpty()) {
            problems.add(new FieldProblem("language", "required"));
        } else if (Language.fromCode(language).isEmpty() || language.length() != 2) {
            problems.add(new FieldProblem("language", "unknown-language"));
        }
        String title = text(in.title());
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(new FieldProblem("title", "too-long", TITLE_MAX));
        }
        String description = text(in.description());
        if (description.isEmpty()) {
            problems.add(new FieldProblem("description", "required"));
        } else if (description.length() < DESCRIPTION_MIN) {
            problems.add(new FieldProblem("description", "too-short", DESCRIPTION_MIN));
        } else if (description.length() > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "too-long", DESCRIPTION_MAX));
        }
        String need = text(in.need());
        if (need.length() > NEED_MAX) {
            problems.add(new FieldProblem("need", "too-long", NEED_MAX));
        }
        String type = text(in.type());
        UUID matches = null;
        if (type.isEmpty()) {
            problems.add(new FieldProblem("type", "required"));
        } else if (!TYPES.contains(type)) {
            problems.add(new FieldProblem("type", "unknown-pledge-type"));
        } else if (type.equals("matching")) {
            String m = text(in.matches());
            if (m.isEmpty()) {
                problems.add(new FieldProblem("matches", "required"));
            } else {
                try {
                    matches = UUID.fromString(m);
                    if (!pledgeExists.test(matches)) {
                        problems.add(new FieldProblem("matches", "unknown-pledge"));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("matches", "unknown-pledge"));
                }
            }
        }
        List<String> nature = distinct(in.nature());
        if (nature.isEmpty()) {
            problems.add(new FieldProblem("nature", "required"));
        }
        for (int i = 0; i < nature.size(); i++) {
            if (!NATURES.contains(nature.get(i))) {
                problems.add(new FieldProblem("nature[" + i + "]", "unknown-nature"));
            }
        }
        List<Integer> objectives = in.objectives() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(in.objectives().stream().filter(java.util.Objects::nonNull).toList()));
        if (objectives.size() > MAX_MAIN) {
            problems.add(new FieldProblem("objectives", "too-many", MAX_MAIN));
        }
        for (int i = 0; i < objectives.size(); i++) {
            if (objectives.get(i) < 1 || objectives.get(i) > 23) {
                problems.add(new FieldProblem("objectives[" + i + "]", "unknown-objective"));
            }
        }
        List<String> principles = distinct(in.principles());
        if (principles.size() > MAX_MAIN) {
            problems.add(new FieldProblem("principles", "too-many", MAX_MAIN));
        }
        for (int i = 0; i < principles.size(); i++) {
            if (framework.principle(principles.get(i), Language.ES).isEmpty()) {
                problems.add(new FieldProblem("principles[" + i + "]", "unknown-principle"));
            }
        }
        // Seed 004: a pledge promotes "uno o más principios rectores, objetivos o medidas del PMM … o bien
        // una combinación": a guiding principle alone is enough, so at least one of the two is asked for.
        if (objectives.isEmpty() && principles.isEmpty()) {
            problems.add(new FieldProblem("objectives", "objective-or-principle-required"));
        }
        List<String> actions = distinct(in.actions());
        if (actions.size() > MAX_MAIN) {
            problems.add(new FieldProblem("actions", "too-many", MAX_MAIN));
        }
        List<String> countries = distinct(in.countries()).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        for (int i = 0; i < countries.size(); i++) {
            if (!framework.isCountry(countries.get(i))) {
                problems.add(new FieldProblem("countries[" + i + "]", "unknown-country"));
            }
        }
        String region = text(in.region());
        if (!region.isEmpty() && framework.region(region, Language.ES).isEmpty()) {
            problems.add(new FieldProblem("region", "unknown-region"));
        }
        boolean global = Boolean.TRUE.equals(in.global());
        if (countries.isEmpty() && region.isEmpty() && !global) {
            problems.add(new FieldProblem("countries", "where-required"));
        }
        LocalDate start = date(in.startDate(), "startDate", false, problems);
        LocalDate deadline = date(in.deadline(), "deadline", true, problems);
        if (start != null && deadline != null && !deadline.isAfter(start)) {
            problems.add(new FieldProblem("deadline", "deadline-before-start"));
        }
        List<TargetDetails> targets = new ArrayList<>();
        if (in.targets() == null || in.targets().isEmpty()) {
            problems.add(new FieldProblem("targets", "target-required"));
        } else {
            for (int i = 0; i < in.targets().size(); i++) {
                var t = in.targets().get(i);
                String at = "targets[" + i + "]";
                if (t == null) {
                    problems.add(new FieldProblem(at, "required"));
                    continue;
                }
                String name = text(t.name());
                if (name.isEmpty()) {
                    problems.add(new FieldProblem(at + ".name", "required"));
                } else if (name.length() > TITLE_MAX) {
                    problems.add(new FieldProblem(at + ".name", "too-long", TITLE_MAX));
                }
                String unit = text(t.unit());
                if (unit.isEmpty()) {
                    problems.add(new FieldProblem(at + ".unit", "required"));
                }
                BigDecimal baseline = number(t.baseline(), at + ".baseline", true, problems);
                BigDecimal goal = number(t.target(), at + ".target", true, problems);
                // a weight's column is numeric(10,4): 6 digits before the point
                BigDecimal weight = InputLimits.decimal(t.weight(), at + ".weight", false, WEIGHT_DIGITS,
                        VALUE_DECIMALS, problems);
                if (weight != null && weight.signum() < 0) {
                    problems.add(new FieldProblem(at + ".weight", "negative"));
                }
                String currency = text(t.currency()).toUpperCase(Locale.ROOT);
                if (!currency.isEmpty() && !CURRENCY.matcher(currency).matches()) {
                    problems.add(new FieldProblem(at + ".currency", "unknown-currency"));
                }
                String indicator = indicator(t.indicator(), at + ".indicator", problems);
                if (baseline != null && goal != null) {
                    targets.add(new TargetDetails(name, unit, baseline, goal, weight,
                            currency.isEmpty() ? null : currency, indicator));
                }
            }
        }
        List<ContactDetails> contacts = new ArrayList<>();
        if (in.contacts() != null) {
            for (int i = 0; i < in.contacts().size(); i++) {
                var c = in.contacts().get(i);
                String name = c == null ? "" : text(c.name());
                String email = c == null ? "" : text(c.email());
                if (name.isEmpty()) {
                    problems.add(new FieldProblem("contacts[" + i + "].name", "required"));
                }
                if (!EMAIL.matcher(email).matches()) {
                    problems.add(new FieldProblem("contacts[" + i + "].email", "not-an-email"));
                }
                contacts.add(new ContactDetails(name, email, c == null || text(c.phone()).isEmpty() ? null
                        : text(c.phone())));
            }
        }
        Map<String, TranslationDetails> translations = new LinkedHashMap<>();
        if (in.translations() != null) {
            in.translations().forEach((lang, tr) -> {
                if (Language.fromCode(lang).isEmpty() || lang.length() != 2) {
                    problems.add(new FieldProblem("translations." + lang, "unknown-language"));
                } else if (tr == null || text(tr.title()).isEmpty()) {
                    problems.add(new FieldProblem("translations." + lang + ".title", "required"));
                } else {
                    String d = text(tr.description());
                    String n = text(tr.need());
                    if (n.length() > NEED_MAX) {
                        problems.add(new FieldProblem("translations." + lang + ".need", "too-long", NEED_MAX));
                    }
                    translations.put(lang, new TranslationDetails(text(tr.title()), d.isEmpty() ? null : d,
                            n.isEmpty() ? null : n));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PledgeDetails(language, title, description, need.isEmpty() ? null : need, type, matches, Boolean.TRUE.equals(in.mirror()),
                Boolean.TRUE.equals(in.champion()), nature, objectives, principles, actions, countries,
                region.isEmpty() ? null : region, global, regions(countries, region, global), start,
                java.util.Objects.requireNonNull(deadline), Boolean.TRUE.equals(in.openForSignatures()), targets,
                contacts, translations);
    }

    /** Every M49 region a pledge is implemented in: its countries' regions and the one it names. */
    List<String> regions(List<String> countries, String region, boolean global) {
        Set<String> found = new LinkedHashSet<>();
        for (String code : countries) {
            framework.country(code, Language.ES).ifPresent((Country c) -> {
                add(found, c.region());
                add(found, c.subregion());
                add(found, c.intermediateRegion());
            });
        }
        String next = region.isEmpty() ? null : region;
        while (next != null && found.add(next)) {
            next = framework.region(next, Language.ES).map(r -> r.parent()).orElse(null);
        }
        if (global) {
            found.add("001");
        }
        return List.copyOf(found);
    }

    private static void add(Set<String> found, @Nullable String code) {
        if (code != null) {
            found.add(code);
        }
    }

    public record CheckedReport(LocalDate date, String narrative, Map<UUID, BigDecimal> values) {
    }

    public CheckedReport check(ReportInput in, Set<UUID> targetIds, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = date(in.date(), "date", true, problems);
        if (date != null && date.isAfter(today)) {
            problems.add(new FieldProblem("date", "in-the-future"));
        }
        String narrative = text(in.narrative());
        if (narrative.isEmpty()) {
            problems.add(new FieldProblem("narrative", "required"));
        } else if (narrative.length() > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("narrative", "too-long", DESCRIPTION_MAX));
        }
        Map<UUID, BigDecimal> values = checkValues(in.values(), targetIds, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CheckedReport(java.util.Objects.requireNonNull(date), narrative, values);
    }

    public Map<UUID, BigDecimal> checkValues(@Nullable List<PledgeInput.ValueInput> in, Set<UUID> targetIds,
                                             List<FieldProblem> problems) {
        Map<UUID, BigDecimal> values = new LinkedHashMap<>();
        if (in == null || in.isEmpty()) {
            problems.add(new FieldProblem("values", "required"));
            return values;
        }
        for (int i = 0; i < in.size(); i++) {
            var v = in.get(i);
            String at = "values[" + i + "]";
            UUID target = null;
            try {
                target = v == null || v.target() == null ? null : UUID.fromString(v.target());
            } catch (IllegalArgumentException e) {
                target = null;
            }
            if (target == null || !targetIds.contains(target)) {
                problems.add(new FieldProblem(at + ".target", "unknown-target"));
            } else if (values.containsKey(target)) {
                problems.add(new FieldProblem(at + ".target", "duplicate-target"));
            }
            BigDecimal value = number(v == null ? null : v.value(), at + ".value", true, problems);
            if (target != null && value != null) {
                values.put(target, value);
            }
        }
        return values;
    }

    /**
     * An indicator reference {@code scheme:code} (e.g. {@code sdg:10.7.1}); a bare code is read as an SDG one.
     * Only indicators count (in the SDG list, codes with three parts), not goals or targets.
     */
    @Nullable String indicator(@Nullable String value, String field, List<FieldProblem> problems) {
        String reference = text(value).toLowerCase(Locale.ROOT);
        if (reference.isEmpty()) {
            return null;
        }
        int colon = reference.indexOf(':');
        String scheme = colon < 0 ? Scheme.SDG.code() : reference.substring(0, colon);
        String code = colon < 0 ? reference : reference.substring(colon + 1);
        boolean known = INDICATOR_SCHEMES.stream().anyMatch(s -> s.code().equals(scheme))
                && code.chars().filter(c -> c == '.').count() == 2
                && framework.isTerm(Scheme.fromCode(scheme).orElseThrow(), code);
        if (!known) {
            problems.add(new FieldProblem(field, "unknown-indicator"));
            return null;
        }
        return scheme + ":" + code;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> distinct(@Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(values.stream().filter(java.util.Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()));
    }

    /** An ISO date within the platform's realistic range ({@code InputLimits}): PostgreSQL holds no year 999999. */
    private static @Nullable LocalDate date(@Nullable String value, String field, boolean required,
                                            List<FieldProblem> problems) {
        return InputLimits.date(value, field, required, problems);
    }

    /**
     * A target's value as its column holds it ({@code numeric(20,4)}): at most 15 digits before the point
     * and 4 after. Bounding the scale matters as much as the size: {@code 1e-999999999} is tiny but its
     * plain form, which the fulfilment steps print, has a billion digits (issue 16, item 1).
     */
    static @Nullable BigDecimal number(@Nullable Object value, String field, boolean required,
                                       List<FieldProblem> problems) {
        return InputLimits.decimal(value, field, required, VALUE_DIGITS, VALUE_DECIMALS, problems);
    }
}
