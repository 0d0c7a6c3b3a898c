package org.pacto.pledges.domain;

import java.util.UUID;

/**
 * A pledge was created or changed (status, report, signatory, copy of an organisation's name). Published inside the
 * transaction that changes it; {@link PledgeSearch}'s aggregates are emptied when it commits.
 */
public record PledgeChanged(UUID pledge) {
}
