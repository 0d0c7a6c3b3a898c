package org.pacto.reviews.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The self-assessment's summary per domain (issue 9; the six domains of IOM's Migration Governance Indicators as
 * inspiration, Pacto's own questions): the share of the domain's questions answered {@code present},
 * {@code partial} and {@code absent}, and the share answered at all, each in percent of the domain's questions,
 * half-up to one decimal. Never a single score, never a ranking: nothing here adds domains together.
 */
public final class SelfAssessment {

    public static final List<String> LEVELS = List.of("present", "partial", "absent");

    public record Question(String code, String domain) {
    }

    public record DomainShares(String code, int questions, double present, double partial, double absent,
                               double answered) {
    }

    public record Result(List<DomainShares> domains, List<Step> steps) {
    }

    private SelfAssessment() {
    }

    /** Answers by question code, each one of {@link #LEVELS}; answers to questions not in the catalogue are ignored. */
    public static Result summarise(List<Question> catalogue, Map<String, String> answers) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Question q : catalogue) {
            int[] c = counts.computeIfAbsent(q.domain(), d -> new int[4]);
            c[3]++;
            String level = answers.get(q.code());
            if (level != null && LEVELS.contains(level)) {
                c[LEVELS.indexOf(level)]++;
            }
        }
        List<DomainShares> domains = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        counts.forEach((domain, c) -> {
            int answered = c[0] + c[1] + c[2];
            domains.add(new DomainShares(domain, c[3], percent(c[0], c[3]), percent(c[1], c[3]),
                    percent(c[2], c[3]), percent(answered, c[3])));
            steps.add(Step.of("domain-answers", Sources.MGI, domain, c[0], c[1], c[2], c[3]));
        });
        return new Result(List.copyOf(domains), List.copyOf(steps));
    }

    static double percent(int part, int whole) {
        if (whole == 0) {
            return 0.0;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
