package org.pacto.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, items 1, 4 and 5 through the pledges' API and pages: unbounded decimals, NUL, impossible
 * dates, nulls in lists and pages are refused with 400 naming the field (a localised page on pages),
 * and nothing is saved.
 */
@PactoTest
class PledgeInputBoundsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Api as(String role) {
        return Api.at(port).withToken(DemoAccounts.withRole(role).token());
    }

    static List<String> fields(Api.Response response) {
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
        return fields;
    }

    private String published() {
        var focal = as("focal-point");
        String id = focal.post("/api/v1/pledges", PledgesApiTest.pledge()).json().get("id").asString();
        focal.post("/api/v1/pledges/" + id + "/submit", Map.of());
        assertThat(as("secretariat").post("/api/v1/pledges/" + id + "/decision", Map.of("decision", "publish"))
                .status()).isEqualTo(200);
        return id;
    }

    @Test
    void progressValuesWithAGiantScaleOrSizeAreRefused() {
        String id = published();
        var focal = as("focal-point");
        String target = focal.get("/api/v1/pledges/" + id).json().get("targets").get(0).get("id").asString();
        long reports = jdbc.sql("select count(*) from pledges.report").query(Long.class).single();
        for (String value : List.of("\"1e-999999999\"", "1e-999999999", "\"1e999999999\"", "9".repeat(400),
                "\"" + "9".repeat(400) + "\"", "0.00001")) {
            var refused = focal.post("/api/v1/pledges/" + id + "/progress", "{\"date\":\"2026-06-30\","
                    + "\"narrative\":\"Semestre\",\"values\":[{\"target\":\"" + target + "\",\"value\":" + value + "}]}");
            assertThat(refused.status()).as(value).isEqualTo(400);
            assertThat(fields(refused)).as(value).hasSize(1).first().asString().startsWith("values[0].value:");
        }
        assertThat(jdbc.sql("select count(*) from pledges.report").query(Long.class).single()).isEqualTo(reports);
        // a report with four decimals is fine, and so is its correction; a correction with ten is not
        var reported = focal.post("/api/v1/pledges/" + id + "/progress", Map.of("date", "2026-06-30",
                "narrative", "Semestre", "values", List.of(Map.of("target", target, "value", "12.3456"))));
        assertThat(reported.status()).isEqualTo(201);
        String report = reported.json().get("report").asString();
        var correction = as("secretariat").put("/api/v1/pledges/" + id + "/reports/" + report, Map.of("values",
                List.of(Map.of("target", target, "value", "1e-999999999")), "reason", "Error de tipeo"));
        assertThat(fields(correction)).containsExactly("values[0].value:too-many-decimals");
    }

    @Test
    void baselinesDatesTextAndListsAreBoundedOnCreation() {
        var focal = as("focal-point");
        long before = jdbc.sql("select count(*) from pledges.pledge").query(Long.class).single();
        var body = PledgesApiTest.pledge();
        body.put("targets", List.of(Map.of("name", "Consultas", "unit", "consultas", "baseline", "1e-999999999",
                "target", "1e999999999", "weight", 1e9)));
        body.put("deadline", "+999999-12-31");
        body.put("startDate", "0000-01-01");
        assertThat(fields(focal.post("/api/v1/pledges", body))).containsExactlyInAnyOrder(
                "targets[0].baseline:too-many-decimals", "targets[0].target:number-too-large",
                "targets[0].weight:number-too-large", "deadline:date-out-of-range", "startDate:date-out-of-range");

        var withNul = PledgesApiTest.pledge();
        withNul.put("title", "Ventanilla\u0000única");
        assertThat(fields(focal.post("/api/v1/pledges", withNul))).containsExactly("title:control-character");

        var withNull = new HashMap<>(PledgesApiTest.pledge());
        var nature = new ArrayList<String>();
        nature.add(null);
        withNull.put("nature", nature);
        assertThat(fields(focal.post("/api/v1/pledges", withNull))).containsExactly("nature[0]:required");
        assertThat(fields(focal.post("/api/v1/pledges", "{\"objectives\":[99999999999999999999]}")))
                .containsExactly("objectives[0]:number-too-large");
        assertThat(focal.post("/api/v1/pledges", "null").status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from pledges.pledge").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void queriesAndPagesReadPagesTheSameWay() {
        var anonymous = Api.at(port);
        assertThat(fields(anonymous.get("/api/v1/pledges?page=0"))).containsExactly("page:out-of-range");
        assertThat(fields(anonymous.get("/api/v1/pledges?size=101&page=-1")))
                .containsExactlyInAnyOrder("size:out-of-range", "page:out-of-range");
        assertThat(fields(anonymous.get("/api/v1/pledges?page=99999999999"))).containsExactly("page:not-a-number");
        assertThat(fields(anonymous.get("/api/v1/pledges?q=a%00b"))).containsExactly("q:control-character");
        var first = anonymous.get("/api/v1/pledges?size=1").json();
        assertThat(first.get("page").asInt()).isEqualTo(1);
        var second = anonymous.get("/api/v1/pledges?size=1&page=2").json();
        assertThat(second.get("items").get(0).get("id")).isNotEqualTo(first.get("items").get(0).get("id"));
        assertThat(anonymous.get("/api/v1/practices?size=1&page=1").json().get("page").asInt()).isEqualTo(1);
        assertThat(fields(anonymous.get("/api/v1/practices?page=0"))).containsExactly("page:out-of-range");

        // pages: a localised 400 page, never a 500
        var page = anonymous.get("/pledges?page=0&lang=en");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Outside the range");
        var nul = anonymous.get("/pledges?q=a%00b&lang=fr");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.body()).contains("caractères de contrôle");
        assertThat(anonymous.get("/pledges?page=2").status()).isEqualTo(200);
    }

    @Test
    void anUnsatisfiableAcceptIs406() {
        var answer = Api.at(port).withHeader("Accept", "application/x-unheard-of").get("/api/v1/pledges");
        assertThat(answer.status()).isEqualTo(406);
        var form = Api.at(port).withHeader("Accept", "image/png").get("/api/v1/objectives");
        assertThat(form.status()).isEqualTo(406);
    }
}
