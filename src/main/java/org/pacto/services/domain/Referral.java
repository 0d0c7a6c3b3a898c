package org.pacto.services.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.services.domain.ReferralStatus.Action;

/**
 * A case referred from one organisation to another (issue 13): with the person's consent, or with a
 * supervisor's documented override (an unaccompanied child in danger, say). Its reason is sealed, as it usually
 * tells something about the person. The status moves only as {@link ReferralStatus} allows.
 */
@Entity
@Table(schema = "services", name = "referral")
class Referral {

    @Id
    private UUID id;
    private UUID caseId;
    private UUID fromOrganisation;
    private UUID toOrganisation;
    private byte[] reason;
    private Urgency urgency;
    private boolean consent;
    private byte @Nullable [] overrideReason;
    private @Nullable UUID overrideBy;
    private ReferralStatus status;
    private Instant sentAt;
    private @Nullable Instant acceptedAt;
    private @Nullable Instant rejectedAt;
    private @Nullable Instant doneAt;
    private @Nullable Instant revokedAt;
    @Version
    private long version;

    protected Referral() {
        this.id = UUID.randomUUID();
        this.caseId = id;
        this.fromOrganisation = id;
        this.toOrganisation = id;
        this.reason = new byte[0];
        this.urgency = Urgency.ROUTINE;
        this.status = ReferralStatus.SENT;
        this.sentAt = Instant.EPOCH;
    }

    Referral(UUID id, UUID caseId, UUID from, UUID to, Urgency urgency, boolean consent, Instant now) {
        this.id = id;
        this.caseId = caseId;
        this.fromOrganisation = from;
        this.toOrganisation = to;
        this.reason = new byte[0];
        this.urgency = urgency;
        this.consent = consent;
        this.status = ReferralStatus.SENT;
        this.sentAt = now;
    }

    String reasonContext() {
        return "referral.reason:" + id;
    }

    String overrideContext() {
        return "referral.override:" + id;
    }

    void seal(byte[] reason, byte @Nullable [] overrideReason, @Nullable UUID overrideBy) {
        this.reason = reason;
        this.overrideReason = overrideReason;
        this.overrideBy = overrideBy;
    }

    /** Moves the status; an action the status does not allow answers false and changes nothing. */
    boolean act(Action action, Instant now) {
        var next = status.after(action);
        if (next.isEmpty()) {
            return false;
        }
        status = next.get();
        switch (action) {
            case ACCEPT -> acceptedAt = now;
            case REJECT -> rejectedAt = now;
            case DONE -> doneAt = now;
            case REVOKE -> revokedAt = now;
        }
        return true;
    }

    /** Whether its answer is late: still {@code sent} after the days its urgency allows. */
    boolean overdue(Instant now) {
        return status == ReferralStatus.SENT
                && sentAt.plus(java.time.Duration.ofDays(urgency.daysToAnswer())).isBefore(now);
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    UUID fromOrganisation() {
        return fromOrganisation;
    }

    UUID toOrganisation() {
        return toOrganisation;
    }

    byte[] reason() {
        return reason;
    }

    Urgency urgency() {
        return urgency;
    }

    boolean consent() {
        return consent;
    }

    boolean overridden() {
        return overrideReason != null;
    }

    byte @Nullable [] overrideReason() {
        return overrideReason;
    }

    ReferralStatus status() {
        return status;
    }

    Instant sentAt() {
        return sentAt;
    }

    @Nullable Instant acceptedAt() {
        return acceptedAt;
    }
}
