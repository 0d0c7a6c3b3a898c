package org.pacto.dialogue.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/**
 * A government's answer to a recommendation (issue 11). A government's answers move forward only:
 * <ul>
 *   <li>first answer: any status;</li>
 *   <li>{@code accepted} → {@code in-progress}, {@code implemented} or {@code not-accepted};</li>
 *   <li>{@code in-progress} → {@code implemented} (or {@code in-progress} again, with new evidence);</li>
 *   <li>{@code not-accepted} → {@code accepted} or {@code in-progress} (a government may reconsider);</li>
 *   <li>{@code implemented} is final.</li>
 * </ul>
 * Anything else is refused (409 {@code status-not-allowed}): the follow-up record is a history, not a form to
 * overwrite.
 */
public enum ResponseStatus implements Coded {
    ACCEPTED("accepted"),
    IN_PROGRESS("in-progress"),
    IMPLEMENTED("implemented"),
    NOT_ACCEPTED("not-accepted");

    private final String code;

    ResponseStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean mayBeFollowedBy(ResponseStatus next) {
        return switch (this) {
            case ACCEPTED -> Set.of(IN_PROGRESS, IMPLEMENTED, NOT_ACCEPTED).contains(next);
            case IN_PROGRESS -> Set.of(IN_PROGRESS, IMPLEMENTED).contains(next);
            case NOT_ACCEPTED -> Set.of(ACCEPTED, IN_PROGRESS).contains(next);
            case IMPLEMENTED -> false;
        };
    }

    public static Optional<ResponseStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Column extends CodedConverter<ResponseStatus> {
        Column() {
            super(ResponseStatus.class);
        }
    }
}
