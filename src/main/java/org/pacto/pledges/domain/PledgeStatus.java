package org.pacto.pledges.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** Where a pledge stands: draft → submitted → published → in-progress → an outcome. */
public enum PledgeStatus implements Coded {
    DRAFT("draft"), SUBMITTED("submitted"), PUBLISHED("published"), IN_PROGRESS("in-progress"),
    FULFILLED("fulfilled"), PARTIALLY_FULFILLED("partially-fulfilled"), NOT_FULFILLED("not-fulfilled"),
    WITHDRAWN("withdrawn");

    /** Statuses anyone may see. */
    public static final List<String> PUBLIC = List.of("published", "in-progress", "fulfilled", "partially-fulfilled",
            "not-fulfilled", "withdrawn");

    /** The outcomes a pledge can be closed with. */
    public static final List<PledgeStatus> OUTCOMES = List.of(FULFILLED, PARTIALLY_FULFILLED, NOT_FULFILLED, WITHDRAWN);

    private final String code;

    PledgeStatus(String code) {
        this.code = code;
    }

    @Override
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

    /** The column holds the code ({@code in-progress}); the entity holds the enum. */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedConverter<PledgeStatus> {
        public Column() {
            super(PledgeStatus.class);
        }
    }
}
