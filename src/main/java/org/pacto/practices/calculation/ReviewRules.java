package org.pacto.practices.calculation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The peer-review rules as plain arithmetic: when reviews disagree, when the secretariat may
 * decide, and what a decision does. Each verdict carries the steps that led to it.
 */
public final class ReviewRules {

    /** The eight criteria of the hub's peer review, scored 1–5. */
    public static final List<String> CRITERIA = List.of("applicability", "relevance", "coherence", "innovation",
            "replicability", "monitoringAndEvaluation", "mainstreaming", "timeframe");

    public static final List<String> RECOMMENDATIONS = List.of("publish", "publish-as-promising", "revise", "reject");

    public static final List<String> DECISIONS = List.of("publish", "publish-as-promising", "revise", "reject");

    /** Mean scores two points apart or more count as disagreement. */
    public static final double MEAN_GAP = 2.0;

    /** At least one internal (UN) reviewer and two external ones. */
    public static final int MIN_INTERNAL = 1;
    public static final int MIN_EXTERNAL = 2;

    private ReviewRules() {
    }

    /** One reviewer's review as the rules read it. */
    public record Review(String reviewer, Map<String, Integer> scores, String recommendation) {
        public double mean() {
            return scores.values().stream().mapToInt(Integer::intValue).average().orElse(0);
        }
    }

    /** Whether reviews disagree, with each reviewer's mean and the reasons. */
    public record Agreement(boolean disagreement, Map<String, Double> means, List<String> steps) {
    }

    public static Agreement agreement(Collection<Review> reviews) {
        List<String> steps = new ArrayList<>();
        var means = new java.util.LinkedHashMap<String, Double>();
        for (Review review : reviews) {
            double mean = Math.round(review.mean() * 100) / 100.0;
            means.put(review.reviewer(), mean);
            steps.add(review.reviewer() + ": mean " + mean + ", recommends " + review.recommendation());
        }
        boolean publishAndReject = reviews.stream().anyMatch(r -> r.recommendation().startsWith("publish"))
                && reviews.stream().anyMatch(r -> r.recommendation().equals("reject"));
        if (publishAndReject) {
            steps.add("one review recommends publishing and another rejecting");
        }
        double max = means.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double min = means.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        boolean gap = means.size() > 1 && max - min >= MEAN_GAP;
        if (gap) {
            steps.add("means " + min + " and " + max + " are " + MEAN_GAP + " points apart or more");
        }
        return new Agreement(publishAndReject || gap, Map.copyOf(means), List.copyOf(steps));
    }

    /** Problems in one review's content: unknown or missing criteria, scores outside 1–5, unknown recommendation. */
    public static List<String> problems(Map<String, Integer> scores, String recommendation) {
        List<String> problems = new ArrayList<>();
        for (String criterion : CRITERIA) {
            Integer score = scores.get(criterion);
            if (score == null) {
                problems.add("scores." + criterion + ":required");
            } else if (score < 1 || score > 5) {
                problems.add("scores." + criterion + ":out-of-range");
            }
        }
        scores.keySet().stream().filter(k -> !CRITERIA.contains(k)).sorted()
                .forEach(k -> problems.add("scores." + k + ":unknown-criterion"));
        if (!RECOMMENDATIONS.contains(recommendation)) {
            problems.add("recommendation:unknown-recommendation");
        }
        return problems;
    }

    /** Whether a panel has enough reviewers: at least one internal and two external. */
    public static boolean panelComplete(int internal, int external) {
        return internal >= MIN_INTERNAL && external >= MIN_EXTERNAL;
    }

    /** Whether the secretariat may decide: the panel is complete and every assigned reviewer has reviewed this round. */
    public record Readiness(boolean ready, List<String> steps) {
    }

    public static Readiness readiness(int internal, int external, int assigned, int reviewedThisRound) {
        List<String> steps = new ArrayList<>();
        boolean panel = panelComplete(internal, external);
        steps.add("panel: " + internal + " internal, " + external + " external" + (panel ? "" : " (incomplete)"));
        boolean all = assigned > 0 && reviewedThisRound >= assigned;
        steps.add(reviewedThisRound + " of " + assigned + " reviews sent");
        return new Readiness(panel && all, List.copyOf(steps));
    }

    /** The status a decision leads to. */
    public static String statusAfter(String decision) {
        return switch (decision) {
            case "publish" -> "published";
            case "publish-as-promising" -> "published-as-promising";
            case "revise" -> "revision-requested";
            case "reject" -> "rejected";
            default -> throw new IllegalArgumentException("unknown decision " + decision);
        };
    }
}
