package org.pacto.mobility.calculation;

import java.util.List;

/**
 * When a participant earns a course's certificate (issue 14, after seed 001, line 2: the diploma for officials):
 * the sessions attended divided by the course's sessions reach the course's threshold, 80 % unless the course says
 * otherwise. Computed in whole numbers (attended × 100 ≥ threshold × sessions) so that 8 of 10 at 80 % passes
 * exactly, with no rounding at the edge.
 */
public final class CertificateRule {

    static final String SOURCE = "Issue 14: certificate when attendance reaches the course's threshold (default 80 %)";
    public static final int DEFAULT_THRESHOLD = 80;

    private CertificateRule() {
    }

    /** @param share attended/sessions in percent, rounded down to a whole percent, for display */
    public record Outcome(int attended, int sessions, int threshold, int share, boolean earned, List<Step> steps) {
    }

    /**
     * @param attended distinct sessions attended, 0 ≤ attended ≤ sessions
     * @param sessions the course's sessions, > 0
     * @param threshold percent, 1–100
     */
    public static Outcome of(int attended, int sessions, int threshold) {
        if (sessions <= 0 || attended < 0 || attended > sessions || threshold < 1 || threshold > 100) {
            throw new IllegalArgumentException("need 0 <= attended <= sessions, sessions > 0, 1 <= threshold <= 100");
        }
        boolean earned = (long) attended * 100 >= (long) threshold * sessions;
        int share = (int) ((long) attended * 100 / sessions);
        return new Outcome(attended, sessions, threshold, share, earned,
                List.of(Step.of(earned ? "certificate-earned" : "certificate-not-yet", SOURCE, attended, sessions,
                        threshold)));
    }
}
