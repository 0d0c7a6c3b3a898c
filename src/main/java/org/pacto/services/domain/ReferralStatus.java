package org.pacto.services.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/**
 * A referral's status (issue 13): {@code sent} → {@code accepted} | {@code rejected}; {@code accepted} →
 * {@code done}; the sender may {@code revoke} while it is not finished. Anything else is refused.
 */
public enum ReferralStatus implements Coded {
    SENT("sent"),
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    DONE("done"),
    REVOKED("revoked");

    /** What someone does to a referral; the receiving side accepts, rejects and finishes, the sender revokes. */
    public enum Action {
        ACCEPT("accept", Side.RECEIVER), REJECT("reject", Side.RECEIVER), DONE("done", Side.RECEIVER),
        REVOKE("revoke", Side.SENDER);

        private final String code;
        private final Side side;

        Action(String code, Side side) {
            this.code = code;
            this.side = side;
        }

        public String code() {
            return code;
        }

        public Side side() {
            return side;
        }

        /** The status this action leads to (taking it again from there changes nothing). */
        public ReferralStatus target() {
            return switch (this) {
                case ACCEPT -> ACCEPTED;
                case REJECT -> REJECTED;
                case DONE -> ReferralStatus.DONE;
                case REVOKE -> REVOKED;
            };
        }

        public static Optional<Action> fromCode(String code) {
            return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
        }
    }

    /** Which organisation may take an action. */
    public enum Side { SENDER, RECEIVER }

    private final String code;

    ReferralStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The status after the action, or empty when the action is not allowed from this status. */
    public Optional<ReferralStatus> after(Action action) {
        ReferralStatus next = switch (action) {
            case ACCEPT -> this == SENT ? ACCEPTED : null;
            case REJECT -> this == SENT ? REJECTED : null;
            case DONE -> this == ACCEPTED ? DONE : null;
            case REVOKE -> this == SENT || this == ACCEPTED ? REVOKED : null;
        };
        return Optional.ofNullable(next);
    }

    /** While a referral is open the receiving organisation may read the case it refers. */
    public boolean givesAccess() {
        return Set.of(SENT, ACCEPTED, DONE).contains(this);
    }

    public boolean finished() {
        return this == REJECTED || this == DONE || this == REVOKED;
    }

    public static Optional<ReferralStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The column holds the code; the entity holds the enum. */
    @Converter(autoApply = true)
    public static class Column extends CodedConverter<ReferralStatus> {
        public Column() {
            super(ReferralStatus.class);
        }
    }
}
