package org.pacto.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.Multipart;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Uploading microdata, its state, its refusals, and tables with disclosure control, over real HTTP. */
@PactoTest
class DatasetsApiTest {

    @LocalServerPort
    int port;

    private Multipart upload(String csv) {
        return new Multipart().field("name", "Encuesta de prueba").field("source", "Test").field("licence", "CC0-1.0")
                .file("file", "survey.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String microdata() {
        var csv = new StringBuilder("weight,migratory_status,sex,income\n");
        for (int i = 0; i < 40; i++) {
            csv.append("10,native-born,").append(i % 2 == 0 ? "F" : "M").append(",").append(1000 + i).append('\n');
        }
        for (int i = 0; i < 12; i++) {
            csv.append("12,foreign-born,M,").append(900 + i).append('\n');
        }
        csv.append("30,foreign-born,F,2000\n30,foreign-born,F,2100\n");
        return csv.toString();
    }

    @Test
    void anUploadLoadsAndTabulatesWithSmallCellsSuppressedAndTheirCountsHidden() {
        String token = DemoAccounts.withRole("focal-point").token();
        var accepted = upload(microdata()).post(port, "/api/v1/indicators/datasets", token);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        String id = json(accepted.text()).get("id").asString();
        assertThat(json(accepted.text()).get("status").asString()).isEqualTo("loading");
        JsonNode state = awaitReady(id);
        assertThat(state.get("rows").asLong()).isEqualTo(54);
        assertThat(state.get("progress").asDouble()).isEqualTo(1.0);

        var table = Api.at(port).get("/api/v1/indicators/datasets/" + id
                + "/tables?measure=count&by=migratory_status,sex&weight=weight");
        assertThat(table.status()).as(table.body()).isEqualTo(200);
        JsonNode cells = table.json().get("cells");
        assertThat(cells.size()).isEqualTo(4);
        cells.forEach(c -> {
            if (c.get("suppressed").asBoolean()) {
                assertThat(c.get("value").isNull()).isTrue();
                assertThat(c.get("n").isNull()).isTrue();
            } else {
                assertThat(c.get("n").asLong()).isGreaterThanOrEqualTo(5);
            }
        });
        // foreign-born women: 2 respondents -> suppressed; so must be a partner in each of its lines
        assertThat(cells.valueStream().filter(c -> c.get("suppressed").asBoolean()).count()).isGreaterThanOrEqualTo(2);
        var share = Api.at(port).get("/api/v1/indicators/datasets/" + id
                + "/tables?measure=share:migratory_status=foreign-born&by=sex&weight=weight").json();
        assertThat(share.get("cells").valueStream().map(c -> c.get("value").decimalValue()).toList())
                .allSatisfy(v -> assertThat(v).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100)));
        assertThat(Api.at(port).get("/api/v1/indicators/datasets/" + id + "/tables?measure=count&by=nope").status())
                .isEqualTo(400);
        assertThat(Api.at(port).get("/api/v1/indicators/datasets/" + id
                + "/tables?measure=mean:income;drop&by=sex").status()).isEqualTo(400);
    }

    @Test
    void badFilesAreRefusedNamingLineAndColumnAndNothingIsRegistered() {
        String token = DemoAccounts.withRole("focal-point").token();
        var negative = upload("weight,cost\n1,10\n1,-5\n").post(port, "/api/v1/indicators/datasets", token);
        assertThat(negative.status()).isEqualTo(400);
        JsonNode error = json(negative.text()).get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("dataset-negative");
        assertThat(error.get("message").asString()).contains("3").contains("cost");
        var weight = upload("weight,cost\n0,10\n").post(port, "/api/v1/indicators/datasets", token);
        assertThat(json(weight.text()).get("errors").get(0).get("code").asString())
                .isEqualTo("dataset-weight-not-positive");
        var columns = upload("weight,Bad Column\n1,2\n").post(port, "/api/v1/indicators/datasets", token);
        assertThat(json(columns.text()).get("errors").get(0).get("code").asString()).isEqualTo("dataset-bad-column");
        var broken = new Multipart().field("name", "x").field("source", "y").field("licence", "z")
                .file("file", "x.csv", "text/csv", new byte[] {'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'})
                .post(port, "/api/v1/indicators/datasets", token);
        assertThat(json(broken.text()).get("errors").get(0).get("code").asString()).isEqualTo("dataset-encoding");
        var unsigned = upload(microdata()).post(port, "/api/v1/indicators/datasets", null);
        assertThat(unsigned.status()).isEqualTo(401);
    }

    @Test
    void aDatasetSaysWhichPeriodAndAreaItCovers() {
        String token = DemoAccounts.withRole("focal-point").token();
        var accepted = upload(microdata()).field("period", "2023").field("area", "UY-RV")
                .post(port, "/api/v1/indicators/datasets", token);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        JsonNode state = awaitReady(json(accepted.text()).get("id").asString());
        assertThat(state.get("period").asString()).isEqualTo("2023");
        assertThat(state.get("area").asString()).isEqualTo("UY-RV");
        var bad = upload(microdata()).field("period", "last year").field("area", "Rivera (UY)")
                .post(port, "/api/v1/indicators/datasets", token);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(json(bad.text()).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("period", "area");
    }

    private JsonNode awaitReady(String id) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode state;
        do {
            state = Api.at(port).get("/api/v1/indicators/datasets/" + id).json();
        } while (state.get("status").asString().equals("loading") && Instant.now().isBefore(until));
        assertThat(state.get("status").asString()).as(state.toString()).isEqualTo("ready");
        return state;
    }

    private static JsonNode json(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
    }
}
