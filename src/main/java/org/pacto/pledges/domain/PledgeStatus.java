package org.pacto.pledges.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a pledge stands: draft → submitted → published → in-progress → an outcome. */
public enum PledgeStatus {
    DRAFT("draft"), SUBMITTED("submitted"), PUBLISHED("published"), IN_PROGRESS("in-progress"),
    FULFILLED("fulfilled"), PARTIALLY_FULFILLED("partially-fulfilled"), NOT_FULFILLED("not-fulfilled"),
    WITHDRAWN("withdrawn");

    /** Statuses anyone may see. */
    public static final List<String> PUBLIC = List.of("published", "in-progress", "fulfilled", "partially-fulfilled",
            "not-fulfilled", "withdrawn");

    private final String code;

    PledgeStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isPublic() {
        return PUBLIC.contains(code);
    }

    public boolean open() {
        return this == PUBLISHED || this == IN_PROGRESS;
    }

    public static Optional<PledgeStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
