package org.pacto.services.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.pacto.services.domain.ReferralStatus.Action;

/**
 * Properties of the referral state machine (issue 13: sent → accepted | rejected → done, or revoked), over any
 * sequence of attempted actions: every accepted step is one of the issue's edges, a finished referral never
 * moves again, and the receiving organisation loses access exactly when a referral is rejected or revoked.
 */
class ReferralStatusPropertiesTest {

    private static final Set<List<ReferralStatus>> EDGES = Set.of(
            List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED), List.of(ReferralStatus.SENT, ReferralStatus.REJECTED),
            List.of(ReferralStatus.ACCEPTED, ReferralStatus.DONE), List.of(ReferralStatus.SENT, ReferralStatus.REVOKED),
            List.of(ReferralStatus.ACCEPTED, ReferralStatus.REVOKED));

    @Property
    void everyMoveIsAnEdgeOfTheIssueAndFinishedReferralsStayPut(@ForAll @Size(max = 12) List<Action> attempts) {
        ReferralStatus status = ReferralStatus.SENT;
        List<ReferralStatus> path = new ArrayList<>(List.of(status));
        for (Action action : attempts) {
            var next = status.after(action);
            if (status.finished()) {
                assertThat(next).as("%s after %s", action, status).isEmpty();
            }
            if (next.isPresent()) {
                assertThat(EDGES).contains(List.of(status, next.get()));
                assertThat(next.get()).isEqualTo(action.target());
                status = next.get();
                path.add(status);
            }
        }
        assertThat(path).doesNotHaveDuplicates();
        assertThat(path.size()).isLessThanOrEqualTo(3);
    }

    @Property
    void theReceiverKeepsAccessUnlessTheReferralWasRejectedOrRevoked(@ForAll @Size(max = 12) List<Action> attempts) {
        ReferralStatus status = ReferralStatus.SENT;
        for (Action action : attempts) {
            status = status.after(action).orElse(status);
        }
        assertThat(status.givesAccess()).isEqualTo(status != ReferralStatus.REJECTED && status != ReferralStatus.REVOKED);
    }
}
