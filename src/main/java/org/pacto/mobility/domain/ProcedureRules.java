package org.pacto.mobility.domain;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pacto.mobility.domain.ProcedureInput.StepInput;
import org.pacto.platform.Coded;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;

/**
 * Checks a procedure as sent and turns it into values, or refuses it with every field problem at once
 * (nothing is stored): ISO 3166 country, a known kind, ISCO-08 <em>unit group</em> codes, steps with
 * 0 ≤ daysMin ≤ daysMax ≤ 3650, ISO 4217 currencies, an http(s) link.
 */
public final class ProcedureRules {

    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());
    static final int MAX_DAYS = 3650;
    static final int MAX_STEPS = 30;
    static final int MAX_TEXT = 2000;

    private ProcedureRules() {
    }

    public record Valid(String country, ProcedureKind kind, String institution, List<String> occupations,
                        List<ProcedureStep> steps, String legalBasis, String url, String support,
                        @Nullable LocalDate lastVerified) {
    }

    public static Valid check(ProcedureInput in, OccupationCatalog catalog) {
        var problems = new ArrayList<FieldProblem>();
        String country = in.country() == null ? "" : in.country().strip().toUpperCase(Locale.ROOT);
        if (country.isEmpty()) {
            problems.add(new FieldProblem("country", "required"));
        } else if (!COUNTRIES.contains(country)) {
            problems.add(new FieldProblem("country", "unknown-country", InputLimits.shortened(country)));
        }
        ProcedureKind kind = null;
        if (in.kind() == null || in.kind().isBlank()) {
            problems.add(new FieldProblem("kind", "required"));
        } else {
            try {
                kind = Coded.fromCode(ProcedureKind.class, in.kind().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("kind", "unknown-procedure-kind", InputLimits.shortened(in.kind())));
            }
        }
        String institution = text(in.institution(), "institution", true, 300, problems);
        var occupations = new ArrayList<String>();
        if (in.occupations() == null || in.occupations().isEmpty()) {
            problems.add(new FieldProblem("occupations", "required"));
        } else if (in.occupations().size() > 50) {
            problems.add(new FieldProblem("occupations", "too-many", 50));
        } else {
            for (int i = 0; i < in.occupations().size(); i++) {
                String code = in.occupations().get(i).strip();
                if (!catalog.isUnitGroup(code)) {
                    problems.add(new FieldProblem("occupations[" + i + "]", "unknown-isco-code",
                            InputLimits.shortened(code)));
                } else if (!occupations.contains(code)) {
                    occupations.add(code);
                }
            }
        }
        var steps = new ArrayList<ProcedureStep>();
        if (in.steps() == null || in.steps().isEmpty()) {
            problems.add(new FieldProblem("steps", "required"));
        } else if (in.steps().size() > MAX_STEPS) {
            problems.add(new FieldProblem("steps", "too-many", MAX_STEPS));
        } else {
            for (int i = 0; i < in.steps().size(); i++) {
                var step = step(in.steps().get(i), "steps[" + i + "]", problems);
                if (step != null) {
                    steps.add(step);
                }
            }
        }
        String legalBasis = text(in.legalBasis(), "legalBasis", true, 500, problems);
        String url = text(in.url(), "url", true, 500, problems);
        if (!url.isEmpty() && !isWebLink(url)) {
            problems.add(new FieldProblem("url", "not-a-web-address"));
        }
        String support = text(in.support(), "support", false, MAX_TEXT, problems);
        LocalDate lastVerified = InputLimits.date(in.lastVerified(), "lastVerified", false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Valid(country, kind, institution, List.copyOf(occupations), List.copyOf(steps), legalBasis, url,
                support, lastVerified);
    }

    private static @Nullable ProcedureStep step(StepInput s, String path, List<FieldProblem> problems) {
        int before = problems.size();
        Integer order = whole(s.order(), path + ".order", 1, 100, problems);
        String title = text(s.title(), path + ".title", true, 300, problems);
        Integer min = whole(s.daysMin(), path + ".daysMin", 0, MAX_DAYS, problems);
        Integer max = whole(s.daysMax(), path + ".daysMax", 0, MAX_DAYS, problems);
        if (min != null && max != null && min > max) {
            problems.add(new FieldProblem(path + ".daysMax", "less-than-minimum", min));
        }
        BigDecimal amount = null;
        String currency = null;
        if (s.cost() != null) {
            amount = InputLimits.decimal(s.cost().amount(), path + ".cost.amount", true, 12, 2, problems);
            if (amount != null && amount.signum() < 0) {
                problems.add(new FieldProblem(path + ".cost.amount", "negative"));
            }
            currency = s.cost().currency() == null ? "" : s.cost().currency().strip().toUpperCase(Locale.ROOT);
            if (currency.isEmpty()) {
                problems.add(new FieldProblem(path + ".cost.currency", "required"));
            } else if (!CURRENCIES.contains(currency)) {
                problems.add(new FieldProblem(path + ".cost.currency", "unknown-currency",
                        InputLimits.shortened(currency)));
            }
        }
        String documents = text(s.documents(), path + ".documents", false, MAX_TEXT, problems);
        if (problems.size() > before) {
            return null;
        }
        return new ProcedureStep(order, title, min, max, amount, amount == null ? null : currency, documents,
                s.online() != null && s.online());
    }

    private static @Nullable Integer whole(@Nullable Object value, String field, int least, int most,
                                           List<FieldProblem> problems) {
        BigDecimal n = InputLimits.decimal(value, field, true, 6, 0, problems);
        if (n == null) {
            return null;
        }
        if (n.compareTo(BigDecimal.valueOf(least)) < 0 || n.compareTo(BigDecimal.valueOf(most)) > 0) {
            problems.add(new FieldProblem(field, "out-of-range", least, most));
            return null;
        }
        return n.intValueExact();
    }

    private static String text(@Nullable String value, String field, boolean required, int max,
                               List<FieldProblem> problems) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() && required) {
            problems.add(new FieldProblem(field, "required"));
        } else if (v.length() > max) {
            problems.add(new FieldProblem(field, "too-long", max));
            return "";
        }
        return v;
    }

    static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
