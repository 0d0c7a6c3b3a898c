package org.pacto.practices.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pacto.practices.calculation.ReviewRules;

/** One reviewer's review in one round: eight criteria scored 1–5, a recommendation and a comment. */
@Entity
@Table(schema = "practices", name = "peer_review")
public class PeerReview {

    @Id
    private UUID id;
    private UUID practiceId;
    private UUID assignmentId;
    private int round;
    private int applicability;
    private int relevance;
    private int coherence;
    private int innovation;
    private int replicability;
    private int monitoringAndEvaluation;
    private int mainstreaming;
    private int timeframe;
    private String recommendation;
    private String comment;
    private Instant submittedAt;

    protected PeerReview() {
        this.id = UUID.randomUUID();
        this.submittedAt = Instant.now();
    }

    /** Scores and recommendation must have passed {@link ReviewRules#problems}. */
    public PeerReview(ReviewAssignment assignment, int round, Map<String, Integer> scores, String recommendation,
                      String comment) {
        this();
        if (!ReviewRules.problems(scores, recommendation).isEmpty() || !assignment.declared()) {
            throw new IllegalArgumentException("invalid review");
        }
        this.practiceId = assignment.practiceId();
        this.assignmentId = assignment.id();
        this.round = round;
        this.applicability = scores.get("applicability");
        this.relevance = scores.get("relevance");
        this.coherence = scores.get("coherence");
        this.innovation = scores.get("innovation");
        this.replicability = scores.get("replicability");
        this.monitoringAndEvaluation = scores.get("monitoringAndEvaluation");
        this.mainstreaming = scores.get("mainstreaming");
        this.timeframe = scores.get("timeframe");
        this.recommendation = recommendation;
        this.comment = comment;
    }

    public Map<String, Integer> scores() {
        var scores = new LinkedHashMap<String, Integer>();
        scores.put("applicability", applicability);
        scores.put("relevance", relevance);
        scores.put("coherence", coherence);
        scores.put("innovation", innovation);
        scores.put("replicability", replicability);
        scores.put("monitoringAndEvaluation", monitoringAndEvaluation);
        scores.put("mainstreaming", mainstreaming);
        scores.put("timeframe", timeframe);
        return scores;
    }

    /** Whether this review says exactly what a new submission says: then that submission is a repeat. */
    public boolean sameAs(Map<String, Integer> scores, String recommendation, String comment) {
        return scores().equals(scores) && this.recommendation.equals(recommendation) && this.comment.equals(comment);
    }

    public UUID id() {
        return id;
    }

    public UUID assignmentId() {
        return assignmentId;
    }

    public int round() {
        return round;
    }

    public String recommendation() {
        return recommendation;
    }

    public String comment() {
        return comment;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public void backdate(Instant at) {
        this.submittedAt = at;
    }
}
