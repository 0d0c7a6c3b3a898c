package org.pacto.services.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pacto.services.domain.ReferralStatus.Action;

/** The referral state machine of issue 13: sent → accepted | rejected → done, or revoked. */
class ReferralStatusTest {

    @Test
    void sentIsAcceptedOrRejected() {
        assertThat(ReferralStatus.SENT.after(Action.ACCEPT)).contains(ReferralStatus.ACCEPTED);
        assertThat(ReferralStatus.SENT.after(Action.REJECT)).contains(ReferralStatus.REJECTED);
        assertThat(ReferralStatus.SENT.after(Action.DONE)).isEmpty();
    }

    @Test
    void onlyAnAcceptedReferralIsDone() {
        assertThat(ReferralStatus.ACCEPTED.after(Action.DONE)).contains(ReferralStatus.DONE);
        assertThat(ReferralStatus.REJECTED.after(Action.DONE)).isEmpty();
    }

    @Test
    void revocationWhileOpenOnly() {
        assertThat(ReferralStatus.SENT.after(Action.REVOKE)).contains(ReferralStatus.REVOKED);
        assertThat(ReferralStatus.ACCEPTED.after(Action.REVOKE)).contains(ReferralStatus.REVOKED);
        assertThat(ReferralStatus.DONE.after(Action.REVOKE)).isEmpty();
        assertThat(ReferralStatus.REJECTED.after(Action.REVOKE)).isEmpty();
    }

    @Test
    void finishedStatusesAllowNothing() {
        for (ReferralStatus finished : new ReferralStatus[] {ReferralStatus.REJECTED, ReferralStatus.DONE,
            ReferralStatus.REVOKED}) {
            for (Action action : Action.values()) {
                assertThat(finished.after(action)).as("%s after %s", finished, action).isEmpty();
            }
            assertThat(finished.finished()).isTrue();
        }
    }

    @Test
    void theReceivingOrganisationLosesAccessWhenARefusalOrRevocationEndsIt() {
        assertThat(ReferralStatus.SENT.givesAccess()).isTrue();
        assertThat(ReferralStatus.DONE.givesAccess()).isTrue();
        assertThat(ReferralStatus.REJECTED.givesAccess()).isFalse();
        assertThat(ReferralStatus.REVOKED.givesAccess()).isFalse();
    }

    @Test
    void aReferralRecordsWhenItMovesAndRefusesAnActionItsStatusDoesNotAllow() {
        Instant sent = Instant.parse("2026-11-01T10:00:00Z");
        var referral = new Referral(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                Urgency.PRIORITY, true, sent);
        assertThat(referral.overdue(sent.plusSeconds(2 * 86400))).isFalse();
        assertThat(referral.overdue(sent.plusSeconds(4 * 86400))).isTrue();
        assertThat(referral.act(Action.DONE, sent)).isFalse();
        assertThat(referral.act(Action.ACCEPT, sent.plusSeconds(3600))).isTrue();
        assertThat(referral.acceptedAt()).isEqualTo(sent.plusSeconds(3600));
        assertThat(referral.overdue(sent.plusSeconds(10 * 86400))).isFalse();
        assertThat(referral.act(Action.DONE, sent.plusSeconds(7200))).isTrue();
        assertThat(referral.status()).isEqualTo(ReferralStatus.DONE);
        assertThat(referral.act(Action.REVOKE, sent.plusSeconds(9000))).isFalse();
    }
}
