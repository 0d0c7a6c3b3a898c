package org.pacto.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.Multipart;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Importing remittance prices in the World Bank's RPW layout, over real HTTP, and the corridor page that shows them. */
@PactoTest
class PricesApiTest {

    @LocalServerPort
    int port;

    /** The columns of RPW's "Dataset (from Q2 2016)" sheet that Pacto reads, among others it ignores. */
    static final String HEADER = "id,period,source_code,source_name,destination_code,destination_name,firm,firm_type,"
            + "payment instrument,access point,speed actual,cc1 lcu amount,cc1 denomination amount,cc1 lcu code,"
            + "cc1 lcu fee,cc1 lcu fx rate,cc1 fx margin,cc1 total cost %,transparent,receiving network coverage,"
            + "corridor\n";

    private static String row(String period, String from, String to, String firm, String speed, String total,
                              String transparent, String coverage) {
        return String.join(",", "1", period, from, "Sender", to, "Receiver", firm, "Money Transfer Operator",
                "Cash", "Agent", speed, "200", "200", "USD", "5", "1", "1.5", total, transparent, coverage,
                from + to) + "\n";
    }

    private Multipart upload(String csv) {
        return new Multipart().field("name", "RPW de prueba").field("source", "Prueba (inventado)")
                .field("licence", "CC0-1.0").field("synthetic", "true")
                .file("file", "rpw.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theWorldBankLayoutIsImportedAndComputedWithSimpleMeansAndSmart() {
        String csv = HEADER
                + row("2019_1Q", "USA", "MEX", "Prueba A", "Same day", "4.00", "yes", "Large")
                + row("2019_1Q", "USA", "MEX", "Prueba B", "Next day", "6.50", "yes", "Medium")
                + row("2019_1Q", "USA", "MEX", "Prueba C", "3-5 days", "2.50", "Yes", "Large")
                + row("2019_1Q", "USA", "MEX", "Prueba D", "6 days or more", "9.00", "yes", "Large")
                + row("2019_1Q", "USA", "MEX", "Prueba E", "Less than one hour", "1.00", "no", "Large")
                + row("2019_1Q", "USA", "GTM", "Prueba F", "Next day", "5.00", "yes", "Small");
        var created = upload(csv).post(port, "/api/v1/indicators/10.c.1/prices",
                DemoAccounts.withRole("focal-point").token());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(created.text());
        assertThat(body.get("layout").asString()).isEqualTo("rpw");
        assertThat(body.get("services").asInt()).isEqualTo(6);
        assertThat(body.get("version").asInt()).isEqualTo(1);
        JsonNode period = body.get("periods").get(0);
        assertThat(period.get("period").asString()).isEqualTo("2019Q1");
        // over services, (4 + 6.5 + 2.5 + 9 + 1 + 5) / 6 = 4.67, not the mean of corridor means (4.6 + 5) / 2 = 4.8
        assertThat(period.get("globalAverage").decimalValue()).isEqualByComparingTo("4.67");
        JsonNode mexico = period.get("corridors").valueStream()
                .filter(c -> c.get("corridor").asString().equals("US-MX")).findFirst().orElseThrow();
        assertThat(mexico.get("average").decimalValue()).isEqualByComparingTo("4.60");
        // D takes 6 days and E is not transparent: SmaRT = (2.5 + 4 + 6.5) / 3 = 4.33
        assertThat(mexico.get("smart").decimalValue()).isEqualByComparingTo("4.33");
        JsonNode guatemala = period.get("corridors").valueStream()
                .filter(c -> c.get("corridor").asString().equals("US-GT")).findFirst().orElseThrow();
        assertThat(guatemala.get("smart").isNull()).as("one service: SmaRT not computable").isTrue();

        String page = Api.at(port).get("/remittances/US-MX?period=2019Q1&lang=es").body();
        assertThat(page).contains("Prueba C").contains("Prueba (inventado) (CC0-1.0)")
                // the World Bank's own published average for the corridor (real reference data) beside it
                .contains("Promedio publicado por el Banco Mundial").contains("% (2019Q1)");
        assertThat(page).contains("SINTÉTICOS").as("the uploader said the prices are invented");
    }

    @Test
    void badLinesAreRefusedNamingLineAndColumnAndNothingIsRegistered() {
        String token = DemoAccounts.withRole("focal-point").token();
        var negative = upload(HEADER + row("2019_1Q", "CHL", "PER", "Prueba A", "Same day", "4.00", "yes", "Large")
                + row("2019_1Q", "CHL", "PER", "Prueba B", "Same day", "-3.00", "yes", "Large")
                + row("2019_5Q", "ZZZ", "PER", "Prueba C", "whenever", "2.00", "maybe", "Large"))
                .post(port, "/api/v1/indicators/10.c.1/prices", token);
        assertThat(negative.status()).isEqualTo(400);
        JsonNode errors = tools.jackson.databind.json.JsonMapper.builder().build().readTree(negative.text())
                .get("errors");
        assertThat(errors.valueStream().map(e -> e.get("code").asString()).toList()).contains("dataset-negative",
                "dataset-unknown-country", "dataset-invalid-value");
        assertThat(errors.get(0).get("message").asString()).contains("3").contains("cc1 total cost %");
        var missing = upload("period,firm\n2019_1Q,A\n").post(port, "/api/v1/indicators/10.c.1/prices", token);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("dataset-missing-column");
        assertThat(Api.at(port).get("/remittances/CL-PE").status()).as("nothing was registered").isEqualTo(404);
        assertThat(upload(HEADER).post(port, "/api/v1/indicators/10.c.1/prices", null).status()).isEqualTo(401);
    }
}
