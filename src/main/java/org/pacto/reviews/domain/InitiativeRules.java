package org.pacto.reviews.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedText;
import org.pacto.taxonomy.Framework;
import org.springframework.stereotype.Component;

/** Checks an initiative before anything is written, naming every field at fault. */
@Component
public class InitiativeRules {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 500;
    public static final int URL_MAX = 2000;
    public static final int EVIDENCE_MAX = 20;
    /** Digits before and after the point of a budget (column {@code numeric(20,2)}). */
    public static final int BUDGET_DIGITS = 18;
    public static final int BUDGET_DECIMALS = 2;
    public static final List<String> LEVELS = List.of("local", "subnational", "national", "regional");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

    private final Framework framework;

    public InitiativeRules(Framework framework) {
        this.framework = framework;
    }

    public InitiativeDetails check(InitiativeInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        Language language = Language.DEFAULT;
        if (in.language() != null && !in.language().isBlank()) {
            Optional<Language> found = Language.fromCode(in.language().strip());
            if (found.isEmpty() || in.language().strip().length() != 2) {
                problems.add(new FieldProblem("language", "unknown-language", InputLimits.shortened(in.language())));
            } else {
                language = found.get();
            }
        }
        String title = text(in.title(), "title", TITLE_MAX, true, problems);
        String authority = text(in.authority(), "authority", TEXT_MAX, true, problems);
        String level = text(in.level(), "level", 40, true, problems);
        if (!level.isEmpty() && !LEVELS.contains(level)) {
            problems.add(new FieldProblem("level", "unknown-level", InputLimits.shortened(level)));
        }
        Direction direction = coded(in.direction(), "direction", "unknown-direction", Direction::fromCode, problems);
        InitiativeType type = coded(in.type(), "type", "unknown-initiative-type", InitiativeType::fromCode, problems);
        InitiativeStatus status = coded(in.status(), "status", "unknown-initiative-status",
                InitiativeStatus::fromCode, problems);
        var objectives = new LinkedHashSet<Integer>();
        if (in.objectives() == null || in.objectives().isEmpty()) {
            problems.add(new FieldProblem("objectives", "objective-required"));
        } else {
            for (int i = 0; i < in.objectives().size(); i++) {
                Integer n = in.objectives().get(i);
                if (n == null || n < 1 || n > 23) {
                    problems.add(new FieldProblem("objectives[" + i + "]", "unknown-objective", String.valueOf(n)));
                } else {
                    objectives.add(n);
                }
            }
        }
        var principles = new LinkedHashSet<String>();
        if (in.principles() != null) {
            if (in.principles().size() > 10) {
                problems.add(new FieldProblem("principles", "too-many", 10));
            }
            for (int i = 0; i < in.principles().size() && i < 10; i++) {
                String code = in.principles().get(i);
                if (code == null || framework.principle(code, Language.DEFAULT).isEmpty()) {
                    problems.add(new FieldProblem("principles[" + i + "]", "unknown-principle",
                            code == null ? "" : InputLimits.shortened(code)));
                } else {
                    principles.add(code);
                }
            }
        }
        LocalDate start = InputLimits.date(in.startDate(), "startDate", false, problems);
        LocalDate end = InputLimits.date(in.endDate(), "endDate", false, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("endDate", "end-before-start"));
        }
        LocalDate verified = InputLimits.date(in.lastVerified(), "lastVerified", false, problems);
        String legalBasis = text(in.legalBasis(), "legalBasis", TEXT_MAX, false, problems);
        String url = link(in.url(), "url", problems);
        BigDecimal amount = null;
        String currency = null;
        if (in.budget() != null) {
            amount = InputLimits.decimal(in.budget().amount(), "budget.amount", false, BUDGET_DIGITS, BUDGET_DECIMALS,
                    problems);
            if (amount != null && amount.signum() < 0) {
                problems.add(new FieldProblem("budget.amount", "negative-amount"));
            }
            String c = in.budget().currency() == null ? "" : in.budget().currency().strip();
            if (amount != null && c.isEmpty()) {
                problems.add(new FieldProblem("budget.currency", "required"));
            } else if (!c.isEmpty() && !CURRENCY.matcher(c).matches()) {
                problems.add(new FieldProblem("budget.currency", "unknown-currency"));
            } else if (!c.isEmpty()) {
                currency = c;
            }
        }
        List<String> evidence = new ArrayList<>();
        if (in.evidence() != null) {
            if (in.evidence().size() > EVIDENCE_MAX) {
                problems.add(new FieldProblem("evidence", "too-many", EVIDENCE_MAX));
            }
            for (int i = 0; i < in.evidence().size() && i < EVIDENCE_MAX; i++) {
                String l = link(in.evidence().get(i), "evidence[" + i + "]", problems);
                if (l != null) {
                    evidence.add(l);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new InitiativeDetails(LocalizedText.of(language, title), authority, level, direction, type,
                List.copyOf(objectives), List.copyOf(principles), status, start, end,
                legalBasis.isEmpty() ? null : legalBasis, url, amount, currency, evidence, verified);
    }

    static String text(@Nullable String value, String field, int max, boolean required, List<FieldProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() && required) {
            problems.add(new FieldProblem(field, "required"));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "too-long", max));
            return "";
        }
        return text;
    }

    static @Nullable String link(@Nullable String value, String field, List<FieldProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > URL_MAX) {
            problems.add(new FieldProblem(field, "too-long", URL_MAX));
            return null;
        }
        try {
            var uri = new java.net.URI(text);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new java.net.URISyntaxException(text, "not http");
            }
        } catch (java.net.URISyntaxException e) {
            problems.add(new FieldProblem(field, "not-a-web-address"));
            return null;
        }
        return text;
    }

    // the type's placeholder value is never returned: a missing or unknown code adds a problem, and check() throws
    @SuppressWarnings("NullAway")
    static <E> E coded(@Nullable String value, String field, String unknown,
                       java.util.function.Function<String, Optional<E>> parse, List<FieldProblem> problems) {
        String code = value == null ? "" : value.strip();
        if (code.isEmpty()) {
            problems.add(new FieldProblem(field, "required"));
            return null;
        }
        Optional<E> found = parse.apply(code);
        if (found.isEmpty()) {
            problems.add(new FieldProblem(field, unknown, InputLimits.shortened(code)));
            return null;
        }
        return found.get();
    }
}
