package org.pacto.mobility;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The public contract of issue 14 over real HTTP. */
@PactoTest
class MobilityApiTest {

    @LocalServerPort
    int port;

    private Api api() {
        return Api.at(port);
    }

    private static Map<String, Object> procedure(String country, List<String> occupations, List<Object> steps) {
        return Map.of("country", country, "kind", "professional-licence", "institution",
                "Colegio de prueba " + country + " " + System.nanoTime(), "occupations", occupations, "steps", steps,
                "legalBasis", "Ley de prueba", "url", "https://example.org/tramite");
    }

    private static Map<String, Object> step(int order, Object min, Object max, Object amount, String currency) {
        return Map.of("order", order, "title", "Paso " + order, "daysMin", min, "daysMax", max,
                "cost", Map.of("amount", amount, "currency", currency));
    }

    @Test
    void occupationsAreFoundByAnyWordWithoutAccentsWithTitlesInTheRequestedLanguage() {
        var es = api().get("/api/v1/mobility/occupations?q=enfermeria&lang=es").json();
        assertThat(es.get(0).get("code").asString()).isEqualTo("2221");
        assertThat(es.get(0).get("title").asString()).isEqualTo("Profesionales de enfermería");
        var pt = api().get("/api/v1/mobility/occupations?q=pedreiros&lang=pt").json();
        assertThat(pt.get(0).get("code").asString()).isEqualTo("7112");
        assertThat(pt.get(0).get("title").asString()).isEqualTo("Pedreiros");
        var fr = api().withHeader("Accept-Language", "fr").get("/api/v1/mobility/occupations?q=infirmiers&unitGroups=true")
                .json();
        assertThat(fr.findValuesAsString("code")).contains("2221");
        assertThat(api().get("/api/v1/mobility/occupations?q=enfermeria&size=101").status()).isEqualTo(400);
    }

    @Test
    void theSecretariatAddsAProcedureAndGetsItsDurationAndCostsPerCurrency() {
        var secretariat = api().withToken(DemoAccounts.withRole("secretariat").token());
        var created = secretariat.post("/api/v1/mobility/procedures", procedure("PA", List.of("2261"),
                List.of(step(1, 2, 10, 100, "USD"), step(1, 5, 8, 20, "PAB"), step(2, 30, 60, "15.50", "usd"))));
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("id").asString()).isNotBlank();
        assertThat(body.get("durationDays").get("min").asInt()).isEqualTo(35);
        assertThat(body.get("durationDays").get("max").asInt()).isEqualTo(70);
        assertThat(body.get("costs").get(0).get("currency").asString()).isEqualTo("PAB");
        assertThat(body.get("costs").get(1).get("currency").asString()).isEqualTo("USD");
        assertThat(body.get("costs").get(1).get("amount").decimalValue()).isEqualByComparingTo("115.50");

        var listed = api().get("/api/v1/mobility/procedures?country=pa&occupation=2261").json();
        assertThat(listed.get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(listed.get("items").findValuesAsString("id")).contains(body.get("id").asString());
    }

    @Test
    void anOccupationQueryMatchesItsExactUnitGroupNotItsSiblings() {
        var secretariat = api().withToken(DemoAccounts.withRole("secretariat").token());
        String id = secretariat.post("/api/v1/mobility/procedures", procedure("BZ", List.of("2262"),
                List.of(step(1, 1, 2, 1, "BZD")))).json().get("id").asString();
        assertThat(api().get("/api/v1/mobility/procedures?country=BZ&occupation=2262").json().get("items")
                .findValuesAsString("id")).contains(id);
        assertThat(api().get("/api/v1/mobility/procedures?country=BZ&occupation=2261").json().get("items")
                .findValuesAsString("id")).doesNotContain(id);
        assertThat(api().get("/api/v1/mobility/procedures?occupation=226").status()).isEqualTo(400);
    }

    @Test
    void badInputIsRefusedWithFieldErrorsAndNothingIsStored() {
        var secretariat = api().withToken(DemoAccounts.withRole("secretariat").token());
        long before = api().get("/api/v1/mobility/procedures?country=NI&size=0").json().get("total").asLong();
        var refused = secretariat.post("/api/v1/mobility/procedures", procedure("NI", List.of("9999"),
                List.of(step(1, -3, 5, 10, "USD"), step(2, 9, 4, 10, "ZZZ"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("occupations[0]",
                "steps[0].daysMin", "steps[1].daysMax", "steps[1].cost.currency");
        assertThat(api().get("/api/v1/mobility/procedures?country=NI&size=0").json().get("total").asLong())
                .isEqualTo(before);
    }

    @Test
    void onlyTheSecretariatOrAFocalPointOfAGovernmentBodyOfThatCountryMayAdd() {
        var body = procedure("CR", List.of("2221"), List.of(step(1, 1, 2, 1, "CRC")));
        assertThat(api().post("/api/v1/mobility/procedures", body).status()).isEqualTo(401);
        // the demo focal point speaks for a municipality in Argentina: neither a government body nor Costa Rica
        assertThat(api().withToken(DemoAccounts.withRole("focal-point").token())
                .post("/api/v1/mobility/procedures", body).status()).isEqualTo(403);
    }

    @Test
    void theDemoProceduresCiteTheirSourcesAndAreMarkedSynthetic() {
        var items = api().get("/api/v1/mobility/procedures?country=CR&occupation=2221").json().get("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(1);
        var conare = items.findValues("institution").stream().anyMatch(i -> i.asString().startsWith("CONARE"));
        assertThat(conare).isTrue();
        for (JsonNode item : items) {
            assertThat(item.get("url").asString()).startsWith("https://");
            if (item.get("institution").asString().startsWith("CONARE")) {
                assertThat(item.get("synthetic").asBoolean()).isTrue();
                assertThat(item.get("verifiedByFocalPoint").asBoolean()).isFalse();
            }
        }
    }

    @Test
    void aLabourDemandRunFollowsTheHandComputedSeriesAndStoresNothing() {
        var answer = api().post("/api/v1/mobility/labour-demand/runs", Map.of("years", 2, "dt", 1,
                "initial", Map.of("employment", 100, "demand", 120), "demandGrowth", 0.1, "exitRate", 0.05,
                "domesticEntrants", 10));
        assertThat(answer.status()).isEqualTo(200);
        var series = answer.json().get("series");
        assertThat(series.size()).isEqualTo(3);
        assertThat(series.get(2).get("t").asDouble()).isEqualTo(2);
        assertThat(series.get(2).get("demand").asDouble()).isCloseTo(145.2, within(1e-6));
        assertThat(series.get(2).get("domesticSupply").asDouble()).isCloseTo(109.75, within(1e-6));
        assertThat(series.get(2).get("gap").asDouble()).isCloseTo(35.45, within(1e-6));

        var refused = api().post("/api/v1/mobility/labour-demand/runs", Map.of("years", 3, "dt", 0.7,
                "initial", Map.of("employment", -1, "demand", "abc"), "demandGrowth", 2, "exitRate", 0.05));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("dt", "initial.employment",
                "initial.demand", "demandGrowth", "domesticEntrants");
    }

    @Test
    void aModelTravelsAsXmileAndHostileOrMalformedFilesAreRefused() {
        var shipped = api().get("/api/v1/mobility/labour-demand/models/care-synthetic.xmile");
        assertThat(shipped.status()).isEqualTo(200);
        assertThat(shipped.contentType()).contains("application/xml");
        assertThat(shipped.body()).contains("http://docs.oasis-open.org/xmile/ns/XMILE/v1.0").contains("domestic_workers");

        var member = api().withToken(DemoAccounts.withRole("member").token());
        var uploaded = member.postBytes("/api/v1/mobility/labour-demand/models", "application/xml", shipped.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().get("stocks").asInt()).isEqualTo(3);
        String id = uploaded.json().get("id").asString();
        var back = api().get("/api/v1/mobility/labour-demand/models/" + id + ".xmile");
        assertThat(back.body()).isEqualTo(shipped.body());

        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xmile xmlns=\"http://docs.oasis-open.org/xmile/ns/XMILE/v1.0\"><header><name>&e;</name></header></xmile>";
        var refused = member.postBytes("/api/v1/mobility/labour-demand/models", "application/xml", xxe.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("xmile-doctype").doesNotContain("root:");
        assertThat(member.postBytes("/api/v1/mobility/labour-demand/models", "application/xml", "<xmile".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/mobility/labour-demand/models/" + java.util.UUID.randomUUID() + ".xmile")
                .status()).isEqualTo(404);
    }

    private static String xmile(String variables) {
        return "<xmile version=\"1.0\" xmlns=\"http://docs.oasis-open.org/xmile/ns/XMILE/v1.0\"><header><name>t</name>"
                + "</header><sim_specs><start>0</start><stop>2</stop><dt>1</dt></sim_specs><model><variables>"
                + variables + "</variables></model></xmile>";
    }

    @Test
    void anUploadedModelRunsWithPactosEvaluatorAndAScenarioReplacesItsConstants() {
        var member = api().withToken(DemoAccounts.withRole("member").token());
        // workers(0) = 100; hiring = rate · workers: by hand with rate 0.1, 110 then 121; with rate 0.5, 150 then 225
        String model = xmile("<stock name=\"workers\"><eqn>100</eqn><inflow>hiring</inflow></stock>"
                + "<flow name=\"hiring\"><eqn>rate * workers</eqn></flow><aux name=\"rate\"><eqn>0.1</eqn></aux>");
        var uploaded = member.postBytes("/api/v1/mobility/labour-demand/models", "application/xml",
                model.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(uploaded.status()).isEqualTo(201);
        String runs = "/api/v1/mobility/labour-demand/models/" + uploaded.json().get("id").asString() + "/runs";
        var base = member.post(runs, Map.of());
        assertThat(base.status()).isEqualTo(200);
        var workers = base.json().get("variables").get(0);
        assertThat(workers.get("name").asString()).isEqualTo("workers");
        assertThat(workers.get("values").get(2).asDouble()).isCloseTo(121, within(1e-9));
        var scenario = member.post(runs, Map.of("constants", Map.of("rate", 0.5)));
        assertThat(scenario.json().get("variables").get(0).get("values").get(2).asDouble()).isCloseTo(225, within(1e-9));
        var refused = member.post(runs, Map.of("dt", 0.7, "constants", Map.of("nothing", 1, "rate", "abc")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("constants.rate");
        assertThat(member.post(runs, Map.of("dt", 0.7)).json().get("errors").findValuesAsString("code"))
                .containsExactly("does-not-divide");
        assertThat(api().post(runs, Map.of()).status()).isEqualTo(401);

        // Pacto's own model runs the same way, by its code
        var shipped = member.post("/api/v1/mobility/labour-demand/models/care-synthetic/runs", Map.of());
        assertThat(shipped.status()).isEqualTo(200);
        assertThat(shipped.json().get("times").size()).isEqualTo(61);
        assertThat(member.post("/api/v1/mobility/labour-demand/models/" + java.util.UUID.randomUUID() + "/runs",
                Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aModelWhoseEquationsPactoCannotEvaluateIsRefusedWithEveryProblemAndNotStored() {
        var member = api().withToken(DemoAccounts.withRole("member").token());
        String model = xmile("<stock name=\"workers\"><eqn>100</eqn><inflow>hiring</inflow></stock>"
                + "<flow name=\"hiring\"><eqn>SYSTEM(\"rm -rf\")</eqn></flow><aux name=\"a\"><eqn>b</eqn></aux>"
                + "<aux name=\"b\"><eqn>a</eqn></aux><aux name=\"c\"><eqn>1 +</eqn></aux>");
        var refused = member.postBytes("/api/v1/mobility/labour-demand/models", "application/xml",
                model.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("code")).contains("equation-unknown-function",
                "equation-syntax");
        assertThat(refused.json().has("id")).isFalse();
        var circular = member.postBytes("/api/v1/mobility/labour-demand/models", "application/xml",
                xmile("<stock name=\"s\"><eqn>1</eqn><inflow>f</inflow></stock><flow name=\"f\"><eqn>a</eqn></flow>"
                        + "<aux name=\"a\"><eqn>b</eqn></aux><aux name=\"b\"><eqn>a</eqn></aux>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(circular.status()).isEqualTo(400);
        assertThat(circular.json().get("errors").findValuesAsString("code")).contains("equation-circular");
    }

    @Test
    void thePagesAnswerInTheFourLanguages() {
        for (String lang : List.of("es", "en", "fr", "pt")) {
            var skills = api().get("/skills?country=CR&compare=MX&q=enfermeria&lang=" + lang);
            assertThat(skills.status()).isEqualTo(200);
            assertThat(skills.body()).contains("CONARE").contains("<svg").contains("2221");
            assertThat(api().get("/skills/demand?country=GT&lang=" + lang).body()).contains("5322");
            var model = api().get("/labour-demand/care-synthetic?lang=" + lang);
            assertThat(model.status()).isEqualTo(200);
            assertThat(model.body()).contains("<polyline").contains("<table");
        }
        // 6310 (subsistence crop farmers) has no Portuguese title in the sources: the page says so
        assertThat(api().get("/skills?lang=pt&q=subsistencia").body()).contains("6310").contains("sem título neste idioma");
        assertThat(api().get("/labour-demand/unknown").status()).isEqualTo(404);
    }
}
