package org.pacto.practices.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** Where a practice stands: draft → submitted → in-review → (revision-requested →) published | published-as-promising | rejected. */
public enum PracticeStatus implements Coded {
    DRAFT("draft"),
    SUBMITTED("submitted"),
    IN_REVIEW("in-review"),
    REVISION_REQUESTED("revision-requested"),
    PUBLISHED("published"),
    PUBLISHED_AS_PROMISING("published-as-promising"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn");

    /** What the public sees (search, objective pages, collections, open data). */
    public static final List<PracticeStatus> PUBLIC = List.of(PUBLISHED, PUBLISHED_AS_PROMISING);

    private final String code;

    PracticeStatus(String code) {
        this.code = code;
    }

    @Override
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

    /** The column holds the code ({@code in-review}); the entity holds the enum. */
    @Converter(autoApply = true)
    static class Column extends CodedConverter<PracticeStatus> {
        Column() {
            super(PracticeStatus.class);
        }
    }
}
