package org.pacto.financing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a member owed for a period (its tier's fee) and what it paid. Arrears (due − paid) are shown on the fund's
 * page; they never change a vote.
 */
@Entity
@Table(schema = "financing", name = "contribution")
public class Contribution {

    @Id
    private UUID id;
    private UUID fundId;
    private UUID memberId;
    private String period;
    private BigDecimal amountDue;
    private BigDecimal amountPaid;
    private @Nullable LocalDate paidOn;
    private Instant recordedAt;

    protected Contribution() {
        this.id = UUID.randomUUID();
        this.fundId = id;
        this.memberId = id;
        this.period = "";
        this.amountDue = BigDecimal.ZERO;
        this.amountPaid = BigDecimal.ZERO;
        this.recordedAt = Instant.EPOCH;
    }

    Contribution(UUID fundId, UUID memberId, String period, BigDecimal amountDue, BigDecimal amountPaid,
                 @Nullable LocalDate paidOn, Instant recordedAt) {
        this();
        this.fundId = fundId;
        this.memberId = memberId;
        this.period = period;
        this.amountDue = amountDue;
        this.amountPaid = amountPaid;
        this.paidOn = paidOn;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public BigDecimal amountDue() {
        return amountDue;
    }

    public BigDecimal amountPaid() {
        return amountPaid;
    }
}
