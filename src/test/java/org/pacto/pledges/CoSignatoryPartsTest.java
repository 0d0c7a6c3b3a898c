package org.pacto.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.identity.Actors;
import org.pacto.platform.Outbox;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Co-signatories report progress only on their part: the targets the lead assigned to them when inviting. */
@PactoTest
class CoSignatoryPartsTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    Actors actors;

    Api as(String role) {
        return Api.at(port).withToken(DemoAccounts.withRole(role).token());
    }

    static Map<String, Object> report(String target, int value) {
        return PledgeFixture.report(target, value);
    }

    @Test
    void eachPledgerReportsOnItsOwnTargetsOnly() {
        var lead = as("focal-point");
        var member = as("member");
        String id = lead.post("/api/v1/pledges", PledgeFixture.pledge()).json().get("id").asString();
        String path = "/api/v1/pledges/" + id;
        var targets = lead.get(path).json().get("targets");
        String theirs = targets.get(0).get("id").asString();
        String ours = targets.get(1).get("id").asString();
        String organisation = member.get("/api/v1/me").json().get("organisation").get("id").asString();

        var unknown = lead.post(path + "/cosignatories", Map.of("organisation", organisation,
                "targets", List.of("not-a-target")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("targets[0]", "unknown-target");
        assertThat(lead.post(path + "/cosignatories", Map.of("organisation", organisation,
                "targets", List.of(theirs))).status()).isEqualTo(200);
        assertThat(lead.get(path).json().get("targets").get(0).get("organisation").asString()).isEqualTo(organisation);
        // the co-signatory's focal point signs for it; its members then report on its part
        var focal = new PledgeFixture(port, outbox, actors).person(PledgeFixture.TAPACHULA, "focal-point");
        assertThat(focal.post(path + "/sign", Map.of()).status()).isEqualTo(200);
        lead.post(path + "/submit", Map.of());
        assertThat(as("secretariat").post(path + "/decision", Map.of("decision", "publish")).status()).isEqualTo(200);

        // the co-signatory on its target; not on the lead's
        assertThat(member.post(path + "/progress", report(theirs, 300)).status()).isEqualTo(201);
        var notTheirs = member.post(path + "/progress", report(ours, 2));
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.body()).contains("forbidden");
        // the lead on the unassigned target; not on the co-signatory's
        assertThat(lead.post(path + "/progress", report(ours, 2)).status()).isEqualTo(201);
        assertThat(lead.post(path + "/progress", report(theirs, 400)).status()).isEqualTo(403);
        var values = lead.get(path).json().get("targets");
        assertThat(values.get(0).get("latestValue").asInt()).isEqualTo(300);
        assertThat(values.get(1).get("latestValue").asInt()).isEqualTo(2);
    }
}
