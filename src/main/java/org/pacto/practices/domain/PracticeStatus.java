package org.pacto.practices.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a practice stands: draft → submitted → in-review → (revision-requested →) published | published-as-promising | rejected. */
public enum PracticeStatus {
    DRAFT("draft"),
    SUBMITTED("submitted"),
    IN_REVIEW("in-review"),
    REVISION_REQUESTED("revision-requested"),
    PUBLISHED("published"),
    PUBLISHED_AS_PROMISING("published-as-promising"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn");

    private final String code;

    PracticeStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isPublic() {
        return this == PUBLISHED || this == PUBLISHED_AS_PROMISING;
    }

    /** Submitted and not yet decided: counts as pending for duplicate checks. */
    public boolean isPending() {
        return this == SUBMITTED || this == IN_REVIEW || this == REVISION_REQUESTED;
    }

    public static Optional<PracticeStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
