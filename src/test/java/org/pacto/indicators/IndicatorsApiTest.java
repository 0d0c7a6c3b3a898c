package org.pacto.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The public contract of the indicators API over real HTTP: computations, observations and their formats. */
@PactoTest
class IndicatorsApiTest {

    @LocalServerPort
    int port;

    @Test
    void remittanceCostsAreComputedWithoutSignInWithTwoDecimalsAndSteps() {
        var response = Api.at(port).post("/api/v1/indicators/10.c.1/compute", """
                {"services": [
                  {"corridor": "US-MX", "firm": "A", "totalCostPercent": 2, "transparent": true, "speedDays": 1, "accessible": true},
                  {"corridor": "US-MX", "firm": "B", "totalCostPercent": 4, "transparent": true, "speedDays": 0, "accessible": true},
                  {"corridor": "US-MX", "firm": "C", "totalCostPercent": 6.5, "transparent": true, "speedDays": 2, "accessible": true},
                  {"corridor": "UY-BR", "firm": "D", "totalCostPercent": 11, "transparent": false, "speedDays": 1, "accessible": true}]}
                """);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        JsonNode mexico = body.get("corridors").get(0);
        assertThat(mexico.get("corridor").asString()).isEqualTo("US-MX");
        assertThat(mexico.get("services").asInt()).isEqualTo(3);
        assertThat(mexico.get("average").decimalValue()).isEqualByComparingTo("4.17");
        assertThat(mexico.get("smart").decimalValue()).isEqualByComparingTo("4.17");
        assertThat(mexico.get("smartServices").valueStream().map(JsonNode::asString).toList())
                .containsExactly("A", "B", "C");
        assertThat(body.get("corridors").get(1).get("smart").isNull()).isTrue();
        // (2 + 4 + 6.5 + 11) / 4 = 5.875 -> 5.88: a mean over services, not over corridors ((4.17 + 11) / 2)
        assertThat(body.get("globalAverage").decimalValue()).isEqualByComparingTo("5.88");
        assertThat(body.get("globalAverage").decimalValue().scale()).isEqualTo(2);
        assertThat(body.get("steps").size()).isGreaterThan(3);
        body.get("steps").forEach(s -> {
            assertThat(s.get("text").asString()).doesNotStartWith("indicators.");
            assertThat(s.get("source").asString()).isNotBlank();
        });
    }

    @Test
    void recruitmentCostsCountTheWorkersLeftOut() {
        var body = Api.at(port).post("/api/v1/indicators/10.7.1/compute?lang=en", """
                {"workers": [{"cost": 600, "firstMonthEarnings": 1200, "weight": 2},
                             {"cost": 0, "firstMonthEarnings": 1000, "weight": 1},
                             {"cost": 1500, "firstMonthEarnings": 1000, "weight": 1},
                             {"cost": 90, "firstMonthEarnings": 0, "weight": 1}]}
                """).json();
        assertThat(body.get("value").decimalValue()).isEqualByComparingTo("62.50");
        assertThat(body.get("workers").asInt()).isEqualTo(3);
        assertThat(body.get("excluded").asInt()).isEqualTo(1);
        assertThat(body.get("steps").get(0).get("text").asString()).contains("left out");
    }

    @Test
    void remittanceSharesAggregateAsSumOverSum() {
        var body = Api.at(port).post("/api/v1/indicators/17.3.2/compute", """
                {"countries": [{"country": "A", "remittances": 20, "gdp": 100},
                               {"country": "B", "remittances": 1, "gdp": 1000}]}
                """).json();
        assertThat(body.get("countries").get(0).get("value").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(body.get("aggregate").decimalValue()).isEqualByComparingTo("1.91");
    }

    @Test
    void badInputIsA400NamingEachFieldAndNeverA500() {
        var missing = Api.at(port).post("/api/v1/indicators/10.c.1/compute",
                "{\"services\": [{\"corridor\": \"US-MX\", \"totalCostPercent\": -3}]}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing.json())).contains("services[0].firm", "services[0].transparent",
                "services[0].speedDays", "services[0].accessible");
        var negative = Api.at(port).post("/api/v1/indicators/10.c.1/compute", """
                {"services": [{"corridor": "US-MX", "firm": "A", "totalCostPercent": -1, "transparent": true,
                  "speedDays": 1, "accessible": true}]}""");
        assertThat(fields(negative.json())).containsExactly("services[0].totalCostPercent");
        var weight = Api.at(port).post("/api/v1/indicators/10.7.1/compute",
                "{\"workers\": [{\"cost\": 1, \"firstMonthEarnings\": 2, \"weight\": 0}]}");
        assertThat(weight.status()).isEqualTo(400);
        assertThat(fields(weight.json())).containsExactly("workers[0].weight");
        assertThat(Api.at(port).post("/api/v1/indicators/17.3.2/compute", "{}").status()).isEqualTo(400);
        assertThat(Api.at(port).post("/api/v1/indicators/17.3.2/compute", "{\"countries\": [null]}").status())
                .isEqualTo(400);
    }

    @Test
    void observationsComeAsJsonCsvAndSdmxCsvAndSaySyntheticWhereTheyAre() {
        var json = Api.at(port).get("/api/v1/indicators/10.c.1/observations?area=UY-RV").json();
        assertThat(json.get("total").asInt()).isPositive();
        json.get("observations").forEach(o -> {
            assertThat(o.get("area").asString()).isEqualTo("UY-RV");
            assertThat(o.get("synthetic").asBoolean()).isTrue();
            assertThat(o.get("datasetVersion").asInt()).isEqualTo(1);
        });
        var csv = Api.at(port).withHeader("Accept", "text/csv").get("/api/v1/indicators/10.c.1/observations");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("indicator,area,area_name,period,breakdown,value");
        var sdmx = Api.at(port).get("/api/v1/indicators/pop.foreign-born/observations?format=sdmx-csv&period=2023");
        assertThat(sdmx.body().lines().findFirst().orElseThrow()).startsWith("DATAFLOW,SERIES,REF_AREA,TIME_PERIOD");
        assertThat(sdmx.body().lines().skip(1).toList()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("PACTO:GCM_INDICATORS(1.0),pop.foreign-born,UY-RV,2023,")
                        .contains(",SYN,"));
        assertThat(Api.at(port).get("/api/v1/indicators/99.z.9/observations").status()).isEqualTo(404);
        assertThat(Api.at(port).get("/api/v1/indicators/10.c.1/observations?format=xls").status()).isEqualTo(400);
    }

    @Test
    void theCatalogueNamesCustodiansAndObjectives() {
        JsonNode catalogue = Api.at(port).get("/api/v1/indicators").json();
        assertThat(catalogue.valueStream().map(i -> i.get("code").asString()).toList())
                .contains("10.c.1", "10.7.1", "17.3.2");
        assertThat(catalogue.get(0).get("custodians").get(0).asString()).isEqualTo("World Bank");
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
