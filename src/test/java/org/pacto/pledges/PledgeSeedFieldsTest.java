package org.pacto.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.identity.Actors;
import org.pacto.platform.Outbox;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What seed 004 says a pledge is, as the API and pages take it: a guiding principle, an objective or both; targets
 * followed through indicators (checked against the taxonomy's reference list and added up per indicator); the need
 * it answers, translatable.
 */
@PactoTest
class PledgeSeedFieldsTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    Actors actors;

    PledgeFixture fixture() {
        return new PledgeFixture(port, outbox, actors);
    }

    static List<String> codes(Api.Response response) {
        List<String> codes = new ArrayList<>();
        response.json().get("errors").forEach(e -> codes.add(e.get("field").asString() + " " + e.get("code").asString()));
        return codes;
    }

    @Test
    void aGuidingPrincipleAloneIsEnoughButOneOfTheTwoIsNeeded() {
        var focal = fixture().as("focal-point");
        var principleOnly = PledgeFixture.pledge();
        principleOnly.put("objectives", List.of());
        var created = focal.post("/api/v1/pledges", principleOnly);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var view = focal.get("/api/v1/pledges/" + created.json().get("id").asString()).json();
        assertThat(view.get("objectives").size()).isZero();
        assertThat(view.get("principles").get(0).asString()).isEqualTo("people-centred");

        var neither = PledgeFixture.pledge();
        neither.put("objectives", List.of());
        neither.put("principles", List.of());
        var refused = focal.post("/api/v1/pledges", neither);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(codes(refused)).containsExactly("objectives objective-or-principle-required");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("principio rector");

        // the demo holds a published pledge that names principles only (seed 001's gender mainstreaming)
        var demo = fixture().anonymous().get("/api/v1/pledges?q=Perspectiva+de+g%C3%A9nero").json();
        assertThat(demo.get("items").get(0).get("objectives").size()).isZero();
    }

    @Test
    void targetsNameIndicatorsOfTheReferenceListAndPledgesAddUpByIndicator() {
        var focal = fixture().as("focal-point");
        for (String wrong : List.of("sdg:10.7", "sdg:13.1.1", "gcm:1.1.1", "10.7.2; drop table")) {
            var body = PledgeFixture.pledge();
            body.put("targets", List.of(Map.of("name", "Consultas", "unit", "consultas", "baseline", 0,
                    "target", 10, "indicator", wrong)));
            var refused = focal.post("/api/v1/pledges", body);
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(codes(refused)).containsExactly("targets[0].indicator unknown-indicator");
        }

        var anonymous = fixture().anonymous();
        JsonNode before = indicator(anonymous.get("/api/v1/pledges/indicators").json(), "sdg:10.7.2");
        assertThat(before.get("pledges").asLong()).as("two demo pledges move 10.7.2").isGreaterThanOrEqualTo(2);
        assertThat(before.get("label").asString()).isNotBlank().isNotEqualTo("sdg:10.7.2");
        assertThat(indicator(anonymous.withHeader("Accept-Language", "en").get("/api/v1/pledges/indicators").json(),
                "sdg:10.7.2").get("label").asString()).isEqualTo("Countries with well-managed migration policies");

        var body = PledgeFixture.pledge();
        body.put("targets", List.of(Map.of("name", "Municipios con política migratoria", "unit", "municipios",
                "baseline", 0, "target", 4, "indicator", "10.7.2")));
        String id = fixture().published(body);
        assertThat(anonymous.get("/api/v1/pledges/" + id).json().get("targets").get(0).get("indicator").asString())
                .as("a bare code is an SDG indicator").isEqualTo("sdg:10.7.2");
        fixture().as("focal-point").post("/api/v1/pledges/" + id + "/progress",
                PledgeFixture.report(fixture().firstTarget(id), 2));
        JsonNode after = indicator(anonymous.get("/api/v1/pledges/indicators").json(), "sdg:10.7.2");
        assertThat(after.get("pledges").asLong()).isEqualTo(before.get("pledges").asLong() + 1);
        assertThat(after.get("targets").asLong()).isEqualTo(before.get("targets").asLong() + 1);

        var filtered = anonymous.get("/api/v1/pledges?indicator=sdg:10.7.2&size=100").json();
        assertThat(filtered.get("total").asLong()).isEqualTo(after.get("pledges").asLong());
        assertThat(anonymous.get("/pledges?indicator=sdg:10.7.2&lang=es").body())
                .contains("Compromisos por indicador", "10.7.2");
    }

    @Test
    void theNeedAPledgeAnswersIsKeptWithItsTranslations() {
        var body = PledgeFixture.pledge();
        body.put("translations", Map.of("en", Map.of("title", "One-stop guidance desk",
                "need", "Migrants did not know which office to go to.")));
        String id = fixture().published(body);
        var anonymous = fixture().anonymous();
        var spanish = anonymous.withHeader("Accept-Language", "es").get("/api/v1/pledges/" + id).json();
        assertThat(spanish.get("need").asString()).isEqualTo(body.get("need"));
        var english = anonymous.withHeader("Accept-Language", "en").get("/api/v1/pledges/" + id).json();
        assertThat(english.get("need").asString()).isEqualTo("Migrants did not know which office to go to.");
        assertThat(english.get("needLanguage").asString()).isEqualTo("en");
        assertThat(english.get("title").asString()).isEqualTo("One-stop guidance desk");
        assertThat(anonymous.get("/pledges/" + id + "?lang=fr").body()).contains("Besoin auquel il répond",
                "no sabían a qué oficina");

        var tooLong = PledgeFixture.pledge();
        tooLong.put("need", "x".repeat(1001));
        assertThat(codes(fixture().as("focal-point").post("/api/v1/pledges", tooLong)))
                .containsExactly("need too-long");
    }

    @Test
    void wrongFiltersAreOneFieldProblemEverywhere() {
        var anonymous = fixture().anonymous();
        for (String path : List.of("/api/v1/pledges", "/api/v1/pledges/map", "/api/v1/pledges/indicators",
                "/api/v1/pledges.csv", "/api/v1/pledges.json")) {
            var answer = anonymous.get(path + "?objective=abc&year=2024");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("errors").get(0).get("field").asString()).as(path).isEqualTo("objective");
        }
        var ids = anonymous.get("/api/v1/pledges?size=5").json().get("items");
        assertThat(ids.get(0).get("id").isString()).as("ids are plain strings").isTrue();
        var view = anonymous.get("/api/v1/pledges/" + ids.get(0).get("id").asString()).json();
        assertThat(view.get("id").isString()).isTrue();
        assertThat(view.get("organisationId").isString()).isTrue();
    }

    private static JsonNode indicator(JsonNode list, String code) {
        for (JsonNode item : list) {
            if (item.get("indicator").asString().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no total for " + code + " in " + list);
    }
}
