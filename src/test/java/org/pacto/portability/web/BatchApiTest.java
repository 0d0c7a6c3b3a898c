package org.pacto.portability.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch API: JSON lines and CSV in, JSON lines out, a bad career reported in the stream. */
@PactoTest
class BatchApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void jsonLinesInJsonLinesOutWithPerLineErrors() throws Exception {
        String good = PortabilityApiTest.CAREER.replace("\n", " ").replace("{\"person\"", "{\"id\": \"a\", \"person\"");
        String bad = good.replace("\"id\": \"a\"", "\"id\": \"b\"").replace("1991-12-31", "1970-01-01");
        String body = good + "\n" + bad + "\n\n{not json\n" + good.replace("\"id\": \"a\"", "\"id\": \"d\"") + "\n";
        List<JsonNode> lines = post("application/x-ndjson", body);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("id").asString()).isEqualTo("a");
        assertThat(lines.get(0).get("results").size()).isEqualTo(2);
        assertThat(lines.get(1).get("errors").get(0).get("field").asString()).isEqualTo("periods[0].to");
        assertThat(lines.get(1).get("errors").get(0).get("code").asString()).isEqualTo("period-ends-before-start");
        assertThat(lines.get(2).get("line").asLong()).isEqualTo(4);
        assertThat(lines.get(2).get("errors").get(0).get("code").asString()).isEqualTo("unreadable-json");
        assertThat(lines.get(3).get("id").asString()).isEqualTo("d");
        assertThat(lines.get(3).get("results")).isNotNull();
    }

    @Test
    void csvWithOneRowPerPeriod() throws Exception {
        String csv = """
                career,birthDate,sex,benefit,claimDate,claimCountry,country,from,to,kind,scheme,referenceWage,currency
                c1,1959-03-10,female,old-age,2026-06-01,ES,EC,1980-01-01,1991-12-31,compulsory,,,
                c1,1959-03-10,female,old-age,2026-06-01,ES,ES,2000-01-01,2025-12-31,compulsory,,1200,EUR
                c2,1960-01-01,male,old-age,2026-06-01,AR,AR,1990-01-01,1985-01-01,compulsory,,,
                c3,1958-05-05,male,old-age,2026-06-01,BR,BR,1985-01-01,2000-12-31,,,,
                c3,1958-05-05,male,old-age,2026-06-01,BR,UY,2001-01-01,2024-12-31,voluntary,,,
                """;
        List<JsonNode> lines = post("text/csv", csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("id").asString()).isEqualTo("c1");
        JsonNode spain = PortabilityApiTest.result(lines.get(0), "ES");
        assertThat(spain.get("amountDue").decimalValue()).isPositive();
        assertThat(lines.get(1).get("line").asLong()).isEqualTo(4);
        assertThat(lines.get(1).get("errors").get(0).get("field").asString()).isEqualTo("periods[0].to");
        assertThat(lines.get(2).get("agreements").valueStream().map(a -> a.get("code").asString()).toList())
                .contains("mercosur");
    }

    /**
     * The optional columns contingencyDate and relationship carry the claim's facts for invalidity and
     * survivors: Spain's widow(er)'s pension (LGSS art. 219: 500 days in the 5 years before death; 52 %)
     * is computed for the spouse and missing for a parent; a bad relationship is refused on its line.
     */
    @Test
    void csvCarriesContingencyDateAndRelationship() throws Exception {
        String csv = """
                career,birthDate,sex,benefit,claimDate,claimCountry,country,from,to,referenceWage,currency,contingencyDate,relationship
                w,1970-01-01,male,survivors,2025-03-01,ES,ES,2020-01-01,2025-02-28,2000,EUR,2025-01-15,spouse
                p,1970-01-01,male,survivors,2025-03-01,ES,ES,2020-01-01,2025-02-28,2000,EUR,2025-01-15,parent
                x,1970-01-01,male,survivors,2025-03-01,ES,ES,2020-01-01,2025-02-28,2000,EUR,2025-01-15,cousin
                o,1959-03-10,female,old-age,2025-03-01,ES,ES,1985-01-01,2024-12-31,2000,EUR,,
                """;
        List<JsonNode> lines = post("text/csv", csv);
        assertThat(lines).hasSize(4);
        assertThat(PortabilityApiTest.result(lines.get(0), "ES").get("amountDue").decimalValue())
                .isEqualByComparingTo("1040.00");
        assertThat(PortabilityApiTest.result(lines.get(1), "ES").get("amountDue").isNull()).isTrue();
        assertThat(lines.get(2).get("errors").get(0).get("code").asString()).isEqualTo("unknown-relationship");
        assertThat(PortabilityApiTest.result(lines.get(3), "ES").get("amountDue").decimalValue()).isPositive();
    }

    @Test
    void stepsCanBeLeftOut() throws Exception {
        String line = PortabilityApiTest.CAREER.replace("\n", " ") + "\n";
        JsonNode full = post("", "application/x-ndjson", line).getFirst();
        JsonNode compact = post("?steps=false", "application/x-ndjson", line).getFirst();
        assertThat(full.get("results").get(0).get("steps").size()).isPositive();
        assertThat(compact.get("results").get(0).get("steps").size()).isZero();
        assertThat(compact.get("results").get(0).get("amountDue")).isEqualTo(full.get("results").get(0).get("amountDue"));
    }

    @Test
    void aCsvWithoutItsColumnsSaysWhichIsMissing() throws Exception {
        List<JsonNode> lines = post("text/csv", "career,sex\nc1,female\n");
        assertThat(lines.getFirst().get("errors").get(0).get("code").asString()).isEqualTo("missing-column");
    }

    private List<JsonNode> post(String type, String body) throws Exception {
        return post("", type, body);
    }

    private List<JsonNode> post(String query, String type, String body) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/portability/calculations/batch" + query))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        return response.body().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
    }
}
