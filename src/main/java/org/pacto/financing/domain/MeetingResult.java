package org.pacto.financing.domain;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/** The recorded result of a meeting's vote on one proposal (computed by {@code calculation.Tally}). */
@Embeddable
public record MeetingResult(UUID proposalId, int yes, int no, int abstain, int present, int members,
                            boolean quorum, String decision) {
}
