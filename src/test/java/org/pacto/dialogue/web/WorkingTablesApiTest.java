package org.pacto.dialogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Seats and meetings of the working tables (seed 003 note 3) over HTTP: public reads, the secretariat's writes. */
@PactoTest
class WorkingTablesApiTest {

    private static final String TABLE = "/api/v1/dialogue/tables/table-4";

    @LocalServerPort
    int port;

    Api secretariat() {
        return Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
    }

    Api memberFocalPoint() {
        return Api.at(port).withToken(DemoAccounts.byEmail("colectividades@pacto.demo").token());
    }

    static List<String> codes(Api.Response response) {
        List<String> codes = new ArrayList<>();
        response.json().get("errors").forEach(e -> codes.add(e.get("field").asString() + ":"
                + e.get("code").asString()));
        return codes;
    }

    String memberNotSeatedAtTable4() {
        Set<String> seated = new HashSet<>();
        Api.at(port).get(TABLE).json().get("seats").forEach(s -> seated.add(s.get("member").asString()));
        List<String> members = new ArrayList<>();
        Api.at(port).get("/api/v1/dialogue/members?size=100").json().get("items")
                .forEach(m -> members.add(m.get("id").asString()));
        return members.stream().filter(m -> !seated.contains(m)).findFirst().orElseThrow();
    }

    @Test
    void theSecretariatSeatsChangesAndUnseatsAMemberAndEveryoneReadsTheTable() {
        String member = memberNotSeatedAtTable4();
        String seat = TABLE + "/seats/" + member;
        assertThat(Api.at(port).put(seat, Map.of("role", "delegate")).status()).isEqualTo(401);
        assertThat(memberFocalPoint().put(seat, Map.of("role", "delegate")).status()).isEqualTo(403);

        var seated = secretariat().put(seat, Map.of("role", "delegate"));
        assertThat(seated.status()).isEqualTo(200);
        assertThat(seated.json().get("role").asString()).isEqualTo("delegate");
        assertThat(secretariat().put(seat, Map.of("role", "delegate")).status()).as("idempotent").isEqualTo(200);
        assertThat(secretariat().put(seat, Map.of("role", "coordinator")).json().get("role").asString())
                .isEqualTo("coordinator");
        List<String> rolesOfMember = new ArrayList<>();
        Api.at(port).get(TABLE).json().get("seats").forEach(s -> {
            if (s.get("member").asString().equals(member)) {
                rolesOfMember.add(s.get("role").asString());
            }
        });
        assertThat(rolesOfMember).containsExactly("coordinator");

        var unknownRole = secretariat().put(seat, Map.of("role", "president"));
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(codes(unknownRole)).containsExactly("role:unknown-role");
        assertThat(codes(secretariat().put(seat, Map.of()))).containsExactly("role:required");
        assertThat(secretariat().put(TABLE + "/seats/" + UUID.randomUUID(), Map.of("role", "delegate")).status())
                .isEqualTo(404);
        assertThat(secretariat().put("/api/v1/dialogue/tables/table-9/seats/" + member, Map.of("role", "delegate"))
                .status()).isEqualTo(404);

        assertThat(memberFocalPoint().delete(seat, Map.of()).status()).isEqualTo(403);
        assertThat(secretariat().delete(seat, Map.of()).status()).isEqualTo(204);
        assertThat(secretariat().delete(seat, Map.of()).status()).isEqualTo(404);
        assertThat(Api.at(port).get(TABLE).body()).doesNotContain(member);
    }

    @Test
    void theSecretariatRecordsMinutesThatEveryoneReadsLatestFirst() {
        String meetings = TABLE + "/meetings";
        String minutes = "Acta de prueba " + UUID.randomUUID();
        assertThat(memberFocalPoint().post(meetings, Map.of("heldOn", "2026-01-10", "minutes", minutes)).status())
                .isEqualTo(403);
        var recorded = secretariat().post(meetings, Map.of("heldOn", LocalDate.now().toString(), "minutes", minutes));
        assertThat(recorded.status()).isEqualTo(201);
        var list = Api.at(port).get(meetings);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").get(0).get("id").asString())
                .isEqualTo(recorded.json().get("id").asString());
        assertThat(list.json().get("items").get(0).get("minutes").asString()).isEqualTo(minutes);
        int before = Api.at(port).get(TABLE).json().get("meetings").asInt();
        assertThat(before).isEqualTo(list.json().get("total").asInt());

        var future = secretariat().post(meetings, Map.of("heldOn", LocalDate.now().plusDays(5).toString(),
                "minutes", "x"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(codes(future)).containsExactly("heldOn:in-the-future");
        var bad = secretariat().post(meetings, Map.of("heldOn", "ayer", "minutes", " "));
        assertThat(codes(bad)).containsExactlyInAnyOrder("heldOn:not-a-date", "minutes:required");
        assertThat(Api.at(port).get(TABLE).json().get("meetings").asInt()).as("nothing written on refusal")
                .isEqualTo(before);
    }
}
