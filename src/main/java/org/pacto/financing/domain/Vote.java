package org.pacto.financing.domain;

import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.pacto.financing.calculation.Ballot;

/** A member's ballot on one proposal at a meeting. */
@Embeddable
public record Vote(UUID memberId, UUID proposalId, Ballot ballot) {
}
