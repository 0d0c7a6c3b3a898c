package org.pacto.financing.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/**
 * Where a proposal stands: draft → submitted → appraised → approved | rejected, and withdrawn by its lead before a
 * decision. Only drafts are private (issue 12: proposals are public once submitted).
 */
public enum ProposalStatus implements Coded {
    DRAFT("draft"), SUBMITTED("submitted"), APPRAISED("appraised"), APPROVED("approved"), REJECTED("rejected"),
    WITHDRAWN("withdrawn");

    private final String code;

    ProposalStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isPublic() {
        return this != DRAFT;
    }

    public boolean decided() {
        return this == APPROVED || this == REJECTED;
    }

    /** The statuses a status may move to. */
    Set<ProposalStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> Set.of(APPRAISED, WITHDRAWN);
            // a vote without quorum leaves the proposal appraised, for the next meeting
            case APPRAISED -> Set.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED, REJECTED, WITHDRAWN -> Set.of();
        };
    }

    public static Optional<ProposalStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedConverter<ProposalStatus> {
        public Column() {
            super(ProposalStatus.class);
        }
    }
}
