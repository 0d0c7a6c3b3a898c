package org.pacto.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.Multipart;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An observatory publishes releases: stated figures or a table from its dataset, checked whole, over real HTTP. */
@PactoTest
class ReleasesApiTest {

    @LocalServerPort
    int port;

    private Api as(String role) {
        return Api.at(port).withToken(DemoAccounts.withRole(role).token());
    }

    @Test
    void statedFiguresArePublishedAndARepublishedFigureSupersedesTheEarlierOne() {
        var created = as("secretariat").post("/api/v1/observatories/rivera/releases", """
                {"indicator": "10.7.1", "period": "2030", "source": "Encuesta de prueba",
                 "note": "Calculado con el método OIT-Banco Mundial.",
                 "observations": [{"value": 12.5}, {"value": 9.75, "breakdown": {"sex": "F"}}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("observations").asInt()).isEqualTo(2);
        assertThat(created.json().get("synthetic").asBoolean()).as("Rivera's demo observatory").isTrue();

        var again = as("secretariat").post("/api/v1/observatories/rivera/releases", """
                {"indicator": "10.7.1", "period": "2030", "source": "Encuesta corregida",
                 "observations": [{"area": "UY-RV", "value": 11}]}""");
        assertThat(again.status()).as(again.body()).isEqualTo(201);

        JsonNode read = Api.at(port).get("/api/v1/indicators/10.7.1/observations?area=UY-RV&period=2030").json();
        assertThat(read.get("observations").valueStream()
                .map(o -> o.get("breakdown").toString() + "=" + o.get("value").decimalValue().stripTrailingZeros()
                        .toPlainString()).toList())
                .containsExactlyInAnyOrder("{}=11", "{\"sex\":\"F\"}=9.75");
        assertThat(read.get("observations").valueStream().map(o -> o.get("unit").asString()).distinct().toList())
                .containsExactly("percent");

        JsonNode releases = Api.at(port).get("/api/v1/observatories/rivera/releases?size=100").json();
        assertThat(releases.get("releases").valueStream().map(r -> r.get("id").asString()).toList())
                .contains(created.json().get("id").asString(), again.json().get("id").asString());
        assertThat(Api.at(port).get("/api/v1/observatories").json().get("observatories").valueStream()
                .map(o -> o.get("slug").asString()).toList()).contains("rivera", "brasil");
    }

    @Test
    void aTableIsComputedFromTheDatasetAndItsSuppressedCellsAreNeverPublished() {
        String token = DemoAccounts.withRole("secretariat").token();
        var csv = new StringBuilder("weight,migratory_status,sex\n");
        for (int i = 0; i < 40; i++) {
            csv.append("10,native-born,").append(i % 2 == 0 ? "F" : "M").append('\n');
        }
        for (int i = 0; i < 12; i++) {
            csv.append("12,foreign-born,M\n");
        }
        csv.append("30,foreign-born,F\n30,foreign-born,F\n");
        // a third group, so that complementary suppression (which must hide a partner in each line of a small cell)
        // leaves cells to publish: in a 2 × 2 table one small cell hides all four
        for (int i = 0; i < 30; i++) {
            csv.append("8,returned,").append(i % 2 == 0 ? "F" : "M").append('\n');
        }
        var accepted = new Multipart().field("name", "Encuesta de Rivera").field("source", "Encuesta de prueba")
                .field("licence", "CC0-1.0")
                .file("file", "rivera.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .post(port, "/api/v1/indicators/datasets", token);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        String dataset = tools.jackson.databind.json.JsonMapper.builder().build().readTree(accepted.text())
                .get("id").asString();
        awaitReady(dataset);

        var release = as("secretariat").post("/api/v1/observatories/rivera/releases", """
                {"indicator": "pop.foreign-born", "period": "2031", "dataset": "%s",
                 "table": {"measure": "count", "by": ["migratory_status", "sex"], "weight": "weight"}}"""
                .formatted(dataset));
        assertThat(release.status()).as(release.body()).isEqualTo(201);
        // foreign-born women: 2 respondents, suppressed, and one partner in its row and its column with it
        assertThat(release.json().get("suppressed").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(release.json().get("datasetVersion").asInt()).isEqualTo(1);
        assertThat(release.json().get("source").asString()).isEqualTo("Encuesta de prueba");

        JsonNode read = Api.at(port).get("/api/v1/indicators/pop.foreign-born/observations?period=2031").json();
        assertThat(read.get("total").asInt()).isEqualTo(release.json().get("observations").asInt()).isPositive();
        JsonNode table = Api.at(port).get("/api/v1/indicators/datasets/" + dataset
                + "/tables?measure=count&by=migratory_status,sex&weight=weight").json();
        List<String> suppressed = table.get("cells").valueStream().filter(c -> c.get("suppressed").asBoolean())
                .map(c -> key(c.get("by"))).toList();
        assertThat(suppressed).isNotEmpty();
        read.get("observations").forEach(o -> {
            assertThat(suppressed).doesNotContain(key(o.get("breakdown")));
            assertThat(o.get("dataset").asString()).isEqualTo(dataset);
            assertThat(o.get("datasetVersion").asInt()).isEqualTo(1);
            assertThat(o.get("unit").asString()).isEqualTo("count");
        });
    }

    @Test
    void onlyTheObservatorysFocalPointOrTheSecretariatPublishesAndBadReleasesWriteNothing() {
        long before = Api.at(port).get("/api/v1/observatories/rivera/releases?size=0").json().get("total").asLong();
        String good = "{\"indicator\": \"10.7.1\", \"period\": \"2032\", \"source\": \"x\", "
                + "\"observations\": [{\"value\": 1}]}";
        assertThat(Api.at(port).post("/api/v1/observatories/rivera/releases", good).status()).isEqualTo(401);
        // the demo focal point speaks for Quilmes, not for the Intendencia de Rivera
        assertThat(as("focal-point").post("/api/v1/observatories/rivera/releases", good).status()).isEqualTo(403);
        assertThat(as("secretariat").post("/api/v1/observatories/nowhere/releases", good).status()).isEqualTo(404);

        var bad = as("secretariat").post("/api/v1/observatories/rivera/releases", """
                {"indicator": "99.z.9", "period": "last year", "unit": "furlongs",
                 "observations": [{"value": -1}, {"area": "AR", "value": 1.23456},
                                  {"value": 2, "breakdown": {"sex": "F"}}, {"value": 3, "breakdown": {"sex": "F"}}]}""");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString() + ":"
                + e.get("code").asString()).toList()).contains("indicator:unknown-indicator",
                "period:release-invalid-period", "unit:release-unknown-unit", "source:required",
                "observations[0].value:negative", "observations[1].areaName:required",
                "observations[1].value:too-many-decimals", "observations[3].breakdown:release-duplicate-figure");
        var both = as("secretariat").post("/api/v1/observatories/rivera/releases", """
                {"indicator": "10.7.1", "period": "2032", "source": "x", "observations": [{"value": 1}],
                 "table": {"measure": "count", "by": ["sex"]}}""");
        assertThat(both.json().get("errors").valueStream().map(e -> e.get("code").asString()).toList())
                .contains("release-figures-or-table");
        var missingDataset = as("secretariat").post("/api/v1/observatories/rivera/releases", """
                {"indicator": "10.7.1", "period": "2032", "dataset": "00000000-0000-0000-0000-000000000000",
                 "table": {"measure": "mean:", "by": []}}""");
        assertThat(missingDataset.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .contains("dataset", "table.measure", "table.by");
        assertThat(Api.at(port).get("/api/v1/observatories/rivera/releases?size=0").json().get("total").asLong())
                .isEqualTo(before);
        assertThat(Api.at(port).get("/api/v1/indicators/10.7.1/observations?period=2032").json().get("total").asInt())
                .isZero();
    }

    private static String key(JsonNode map) {
        return map.properties().stream().map(e -> e.getKey() + "=" + e.getValue().asString()).sorted()
                .collect(java.util.stream.Collectors.joining(";"));
    }

    private void awaitReady(String id) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode state;
        do {
            state = Api.at(port).get("/api/v1/indicators/datasets/" + id).json();
        } while (state.get("status").asString().equals("loading") && Instant.now().isBefore(until));
        assertThat(state.get("status").asString()).as(state.toString()).isEqualTo("ready");
    }
}
