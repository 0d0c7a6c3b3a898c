package org.pacto.taxonomy;

import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@PactoTest
class FrameworkApiTest {

    @LocalServerPort
    int port;

    @Test
    void theTwentyThreeObjectivesInSpanishByDefault() {
        var response = Api.at(port).get("/api/v1/objectives");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Language")).isEqualTo("es");
        JsonNode objectives = response.json();
        assertThat(objectives).hasSize(23);
        for (int i = 0; i < 23; i++) {
            JsonNode objective = objectives.get(i);
            assertThat(objective.get("number").asInt()).isEqualTo(i + 1);
            assertThat(objective.get("title").asString()).isNotBlank();
            assertThat(objective.get("shortTitle").asString()).isNotBlank();
            assertThat(objective.get("commitment").asString()).isNotBlank();
            assertThat(objective.get("localActions").size()).as("local actions of %d", i + 1).isPositive();
        }
        assertThat(objectives.get(0).get("title").asString()).containsIgnoringCase("datos");
        assertThat(objectives.get(21).get("title").asString()).containsIgnoringCase("seguridad social");
    }

    @Test
    void languageFromTheParameterOrTheHeader() {
        var api = Api.at(port);
        assertThat(api.get("/api/v1/objectives/1?lang=en").json().get("title").asString())
                .startsWith("Collect and utilize accurate and disaggregated data");
        var french = api.withHeader("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5").get("/api/v1/objectives/23");
        assertThat(french.header("Content-Language")).isEqualTo("fr");
        assertThat(french.json().get("title").asString()).containsIgnoringCase("coopération internationale");
        var portuguese = api.get("/api/v1/objectives/15?lang=pt").json();
        assertThat(portuguese.get("language").asString()).isEqualTo("pt");
        assertThat(portuguese.get("officialTranslation").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/objectives/15?lang=es").json().get("officialTranslation").asBoolean()).isTrue();
        assertThat(api.withHeader("Accept-Language", "de").get("/api/v1/objectives/2").header("Content-Language"))
                .isEqualTo("es");
    }

    @Test
    void conditionalRequestsAreAnsweredWithNotModified() {
        var first = Api.at(port).get("/api/v1/objectives?lang=fr");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        var again = Api.at(port).withHeader("If-None-Match", etag).get("/api/v1/objectives?lang=fr");
        assertThat(again.status()).isEqualTo(304);
        assertThat(Api.at(port).withHeader("If-None-Match", etag).get("/api/v1/objectives?lang=en").status())
                .as("another language is another document").isEqualTo(200);
    }

    @Test
    void anUnknownObjectiveIsAProblem() {
        var response = Api.at(port).get("/api/v1/objectives/24");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("not-found");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
        var notANumber = Api.at(port).get("/api/v1/objectives/uno");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().get("errors").get(0).get("field").asString()).isEqualTo("number");
    }

    @Test
    void theTenGuidingPrinciplesWithTheirCodes() {
        JsonNode principles = Api.at(port).get("/api/v1/principles?lang=en").json();
        assertThat(principles).hasSize(10);
        assertThat(principles.valueStream().map(p -> p.get("code").asString()).toList()).containsExactly(
                "people-centred", "international-cooperation", "national-sovereignty", "rule-of-law",
                "sustainable-development", "human-rights", "gender-responsive", "child-sensitive",
                "whole-of-government", "whole-of-society");
        principles.forEach(p -> assertThat(p.get("definition").asString()).hasSizeGreaterThan(40));
        assertThat(principles.get(0).get("paragraph").asString()).isEqualTo("15(a)");
    }

    @Test
    void countriesAndRegionsOfTheM49Standard() {
        var api = Api.at(port);
        JsonNode countries = api.get("/api/v1/countries").json();
        assertThat(countries.size()).isGreaterThan(240);
        JsonNode brazil = api.get("/api/v1/countries/BR?lang=pt").json();
        assertThat(brazil.get("name").asString()).isEqualTo("Brasil");
        assertThat(brazil.get("m49").asString()).isEqualTo("076");
        assertThat(brazil.get("intermediateRegion").asString()).isEqualTo("005");
        assertThat(api.get("/api/v1/countries/CI?lang=fr").json().get("name").asString()).contains("Ivoire");
        JsonNode regions = api.get("/api/v1/regions?lang=es").json();
        assertThat(regions.valueStream().filter(r -> r.get("code").asString().equals("419")).findFirst())
                .hasValueSatisfying(r -> assertThat(r.get("name").asString()).contains("América Latina"));
    }

    @Test
    void referenceListsOfTheSeeds() {
        var api = Api.at(port);
        assertThat(api.get("/api/v1/reference/entity-kind").json()).hasSize(12);
        assertThat(api.get("/api/v1/reference/gfmd-area").json()).hasSize(6);
        assertThat(api.get("/api/v1/reference/mgi-domain").json()).hasSize(6);
        JsonNode sdg = api.get("/api/v1/reference/sdg").json();
        assertThat(sdg.valueStream().map(t -> t.get("code").asString()).toList())
                .contains("1.3", "8.8", "10.7", "10.7.1", "10.c", "10.c.1", "16.9", "17.3.2");
        JsonNode groupings = api.get("/api/v1/reference/grouping").json();
        JsonNode cmiss = groupings.valueStream().filter(g -> g.get("code").asString().equals("cmiss")).findFirst()
                .orElseThrow();
        assertThat(cmiss.get("members").valueStream().map(JsonNode::asString).toList())
                .contains("ES", "BO", "BR", "EC", "CL", "UY", "PY", "SV", "PT", "AR", "PE", "DO", "CO").hasSize(13);
        assertThat(api.get("/api/v1/reference/nothing").status()).isEqualTo(404);
    }
}
