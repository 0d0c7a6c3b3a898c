package org.pacto.reviews.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The neutral observer's automatic check of one inventory (seed 002's Voluntary Review Framework; issue 9), judged
 * at the cycle's reference date. Every finding explains itself (rule, initiatives, objective, detail code and
 * source). Rules, so each can be checked by hand:
 * <ul>
 *   <li><b>In force at the reference date</b>: status {@code in-force}, started on or before it (or no start
 *       given) and not ended before it (or no end given).</li>
 *   <li><b>Coverage</b>: objectives with at least one initiative in force; <b>planned only</b>: objectives with
 *       no initiative in force but one planned (or in force from a later date); every other objective is a
 *       <b>gap</b>. Share = covered ÷ 23 × 100, rounded half-up to one decimal.</li>
 *   <li><b>duplicate</b>: two or more initiatives with the same responsible authority and the same title once
 *       case, accents, punctuation and spaces are normalised (one finding per group).</li>
 *   <li><b>stale</b>: in force but ended before the reference date (detail {@code ended}); or last verified more
 *       than 24 months before the reference date (detail {@code unverified}).</li>
 *   <li><b>end-before-start</b>: an end date before the start date.</li>
 *   <li><b>no-legal-basis</b>: a law or regulation in force that names no legal basis.</li>
 *   <li><b>planned-overdue</b>: still planned although it started more than two years before the reference
 *       date.</li>
 *   <li><b>principle-warning</b>: a principle tag that sits uneasily with an objective and needs a human reading
 *       ({@link #WARNINGS}), e.g. {@code child-sensitive} on objective 13 (detention). A warning, not a verdict.</li>
 * </ul>
 */
public final class ObserverCheck {

    public static final int OBJECTIVES = 23;
    public static final int STALE_MONTHS = 24;
    public static final int OVERDUE_YEARS = 2;
    public static final Set<String> NEEDS_LEGAL_BASIS = Set.of("law", "regulation");

    /**
     * Principle and objective pairs the observer reads by hand. Objective 13 (detention only as a last resort,
     * GCM paragraph 29) and objective 21 (return and readmission, paragraph 37) involve measures that touch children
     * directly: an initiative tagged child-sensitive there must show how the child's best interests are kept.
     */
    public static final List<Warning> WARNINGS = List.of(
            new Warning("child-sensitive", 13, "child-detention"),
            new Warning("child-sensitive", 21, "child-return"),
            new Warning("gender-responsive", 13, "gender-detention"));

    /** A principle tag that, on this objective, needs a human reading; {@code detail} names why. */
    public record Warning(String principle, int objective, String detail) {
    }

    /** One initiative as the check reads it. Dates may be missing; objectives 1–23, principles by taxonomy code. */
    public record Entry(String id, String authority, String title, String type, String status,
                        Set<Integer> objectives, Set<String> principles, @Nullable LocalDate start,
                        @Nullable LocalDate end, boolean legalBasis, @Nullable LocalDate lastVerified) {
        public Entry {
            objectives = Set.copyOf(objectives);
            principles = Set.copyOf(principles);
        }
    }

    /** Objectives covered (in force), planned only and gaps, with the covered share of the 23 in percent. */
    public record Coverage(List<Integer> covered, List<Integer> plannedOnly, List<Integer> gaps, double share) {
    }

    /** One finding: the rule, the initiatives concerned, the objective where relevant, a detail code and its source. */
    public record Finding(String rule, List<String> initiatives, @Nullable Integer objective, String detail,
                          List<Object> arguments, String source) {
        public Finding {
            initiatives = List.copyOf(initiatives);
            arguments = List.copyOf(arguments);
        }

        /** A stable key for answers and queries: the rule, its detail, the objective and the initiatives. */
        public String key() {
            return rule + ":" + detail + ":" + (objective == null ? "" : objective) + ":"
                    + String.join(",", initiatives);
        }
    }

    public record Result(LocalDate referenceDate, Coverage coverage, List<Finding> findings, List<Step> steps) {
    }

    private ObserverCheck() {
    }

    public static Result check(LocalDate reference, List<Entry> entries) {
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of("reference-date", Sources.VOLUNTARY_REVIEW, reference, entries.size()));
        Coverage coverage = coverage(reference, entries);
        steps.add(Step.of("coverage", Sources.GCM_OBJECTIVES, coverage.covered().size(), OBJECTIVES,
                BigDecimal.valueOf(coverage.share())));
        List<Finding> findings = new ArrayList<>();
        findings.addAll(duplicates(entries));
        LocalDate verifiedSince = reference.minusMonths(STALE_MONTHS);
        LocalDate overdueSince = reference.minusYears(OVERDUE_YEARS);
        for (Entry e : entries) {
            boolean inForceStatus = e.status().equals("in-force");
            if (inForceStatus && e.end() != null && e.end().isBefore(reference)) {
                findings.add(new Finding("stale", List.of(e.id()), null, "ended", List.of(e.end(), reference),
                        Sources.ISSUE_STALE));
            }
            if (e.lastVerified() != null && e.lastVerified().isBefore(verifiedSince)) {
                findings.add(new Finding("stale", List.of(e.id()), null, "unverified",
                        List.of(e.lastVerified(), STALE_MONTHS), Sources.ISSUE_STALE));
            }
            if (e.start() != null && e.end() != null && e.end().isBefore(e.start())) {
                findings.add(new Finding("end-before-start", List.of(e.id()), null, "end-before-start",
                        List.of(e.start(), e.end()), Sources.VOLUNTARY_REVIEW));
            }
            if (inForceStatus && NEEDS_LEGAL_BASIS.contains(e.type()) && !e.legalBasis()) {
                findings.add(new Finding("no-legal-basis", List.of(e.id()), null, e.type(), List.of(),
                        Sources.ISSUE_LEGAL_BASIS));
            }
            if (e.status().equals("planned") && e.start() != null && e.start().isBefore(overdueSince)) {
                findings.add(new Finding("planned-overdue", List.of(e.id()), null, "planned-overdue",
                        List.of(e.start(), OVERDUE_YEARS), Sources.ISSUE_PLANNED));
            }
            for (Warning w : WARNINGS) {
                if (e.principles().contains(w.principle()) && e.objectives().contains(w.objective())) {
                    findings.add(new Finding("principle-warning", List.of(e.id()), w.objective(), w.detail(),
                            List.of(w.principle()), Sources.GCM_PRINCIPLES));
                }
            }
        }
        findings.sort(Comparator.comparing(Finding::rule).thenComparing(f -> f.initiatives().getFirst())
                .thenComparing(Finding::detail));
        steps.add(Step.of("findings", Sources.VOLUNTARY_REVIEW, findings.size()));
        return new Result(reference, coverage, List.copyOf(findings), List.copyOf(steps));
    }

    /** Whether the initiative is in force on the reference date (see the class rules). */
    public static boolean inForce(Entry e, LocalDate reference) {
        return e.status().equals("in-force")
                && (e.start() == null || !e.start().isAfter(reference))
                && (e.end() == null || !e.end().isBefore(reference));
    }

    static Coverage coverage(LocalDate reference, List<Entry> entries) {
        Set<Integer> covered = new TreeSet<>();
        Set<Integer> planned = new TreeSet<>();
        for (Entry e : entries) {
            if (inForce(e, reference)) {
                covered.addAll(inRange(e.objectives()));
            } else if (e.status().equals("planned")
                    || (e.status().equals("in-force") && e.start() != null && e.start().isAfter(reference))) {
                planned.addAll(inRange(e.objectives()));
            }
        }
        planned.removeAll(covered);
        List<Integer> gaps = new ArrayList<>();
        for (int n = 1; n <= OBJECTIVES; n++) {
            if (!covered.contains(n) && !planned.contains(n)) {
                gaps.add(n);
            }
        }
        return new Coverage(List.copyOf(covered), List.copyOf(planned), List.copyOf(gaps), share(covered.size()));
    }

    private static Set<Integer> inRange(Set<Integer> objectives) {
        Set<Integer> in = new TreeSet<>();
        objectives.stream().filter(n -> n >= 1 && n <= OBJECTIVES).forEach(in::add);
        return in;
    }

    /** covered ÷ 23 × 100, half-up to one decimal. */
    public static double share(int covered) {
        return BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(OBJECTIVES), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static List<Finding> duplicates(List<Entry> entries) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            groups.computeIfAbsent(normalised(e.authority()) + "\u0000" + normalised(e.title()),
                    k -> new ArrayList<>()).add(e.id());
        }
        List<Finding> found = new ArrayList<>();
        for (List<String> ids : groups.values()) {
            if (ids.size() > 1) {
                List<String> sorted = ids.stream().sorted().toList();
                found.add(new Finding("duplicate", sorted, null, "duplicate", List.of(sorted.size()),
                        Sources.ISSUE_DUPLICATE));
            }
        }
        return found;
    }

    /** Lower case, accents removed, punctuation dropped and runs of spaces made one: "Ley N.º 31.685" → "ley no 31685". */
    public static String normalised(String text) {
        // case is folded through upper case so that final sigma and sigma, or ß and SS, compare equal, and repeated
        // until nothing changes: folding may decompose (İ → i + combining dot) and decomposing may fold again
        String folded = text;
        for (int pass = 0; pass < 4; pass++) {
            String next = withoutMarks(folded.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            if (next.equals(folded)) {
                break;
            }
            folded = next;
        }
        return folded.replaceAll("[\\p{P}\\p{S}]+", "").replaceAll("\\s+", " ").strip();
    }

    private static String withoutMarks(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }
}
