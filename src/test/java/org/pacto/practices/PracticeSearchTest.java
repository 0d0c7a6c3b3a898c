package org.pacto.practices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Search over real HTTP: accents, plurals and typos forgiven, facets counted, snippets highlighted. */
@PactoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeSearchTest {

    @LocalServerPort
    int port;

    String mobileConsulates;
    String frenchPractice;

    Api api() {
        return Api.at(port);
    }

    String publish(Map<String, Object> body) {
        return PracticeFixtures.at(port).published(body);
    }

    @BeforeAll
    void publishSome() {
        var spanish = PracticeFixtures.practice("Consulados móviles para la documentación en Zárate");
        spanish.put("summary", "Los consulados móviles recorren los barrios de Zárate y acercan trámites de documentación.");
        spanish.put("objectives", List.of(4));
        spanish.put("countries", List.of("AR"));
        mobileConsulates = publish(spanish);
        var french = PracticeFixtures.practice("Guichets d'accueil des migrants de retour à Dakar");
        french.put("language", "fr");
        french.put("summary", "Des guichets municipaux accueillent les personnes migrantes de retour à Dakar.");
        french.put("objectives", List.of(21));
        french.put("countries", List.of("SN"));
        french.put("level", "national");
        french.put("type", "policy");
        frenchPractice = publish(french);
    }

    List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    @Test
    void accentsPluralsAndTyposAreForgiven() {
        assertThat(ids(api().get("/api/v1/practices?q=consulado%20movil").json())).contains(mobileConsulates);
        assertThat(ids(api().get("/api/v1/practices?q=CONSULADOS%20MOVILES").json())).contains(mobileConsulates);
        assertThat(ids(api().get("/api/v1/practices?q=consulaod%20mobil").json())).contains(mobileConsulates);
        assertThat(ids(api().get("/api/v1/practices?q=guichet%20migrant").json())).contains(frenchPractice);
        assertThat(ids(api().get("/api/v1/practices?q=consulado%20movil%20Z%C3%A1rate").json()).getFirst())
                .isEqualTo(mobileConsulates);
    }

    @Test
    void itemsFollowTheContractAndSnippetsAreHighlighted() {
        var answer = api().get("/api/v1/practices?q=consulados%20m%C3%B3viles%20Z%C3%A1rate");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode item = answer.json().get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(mobileConsulates);
        assertThat(item.get("objectives").get(0).asInt()).isEqualTo(4);
        assertThat(item.get("countries").get(0).asString()).isEqualTo("AR");
        assertThat(item.get("level").asString()).isEqualTo("local");
        assertThat(item.get("type").asString()).isEqualTo("service");
        assertThat(item.get("status").asString()).isEqualTo("published");
        assertThat(item.has("locality")).isTrue();
        assertThat(item.get("summaryHighlights").toString()).contains("<mark>");
    }

    @Test
    void filtersNarrowAndFacetsCount() {
        var all = api().get("/api/v1/practices?size=100").json();
        assertThat(all.get("facets").has("objective")).isTrue();
        for (String facet : List.of("objective", "principle", "country", "region", "level", "type", "theme", "year",
                "language", "call")) {
            assertThat(all.get("facets").has(facet)).as(facet).isTrue();
        }
        var senegal = api().get("/api/v1/practices?country=SN").json();
        assertThat(ids(senegal)).contains(frenchPractice).doesNotContain(mobileConsulates);
        JsonNode objectiveFacet = senegal.get("facets").get("objective");
        assertThat(objectiveFacet.toString()).contains("\"key\":\"21\"");
        var argentina = api().get("/api/v1/practices?objective=4&country=AR&level=local&type=service&lang=es").json();
        assertThat(ids(argentina)).contains(mobileConsulates).doesNotContain(frenchPractice);
        var region = api().get("/api/v1/practices?region=419").json();
        assertThat(ids(region)).contains(mobileConsulates).doesNotContain(frenchPractice);
        var year = api().get("/api/v1/practices?year=2021").json();
        assertThat(ids(year)).contains(mobileConsulates);
    }

    @Test
    void aSelectedFacetKeepsTheCountsOfItsOtherValues() {
        var all = api().get("/api/v1/practices").json();
        var senegal = api().get("/api/v1/practices?country=SN").json();
        // the country facet is counted without its own filter: the same as with no filter at all
        assertThat(senegal.get("facets").get("country").toString()).isEqualTo(all.get("facets").get("country").toString());
        assertThat(senegal.get("facets").get("country").toString()).contains("\"key\":\"AR\"");
        // other facets are narrowed by the selection
        assertThat(senegal.get("total").asLong()).isLessThan(all.get("total").asLong());
        long senegalLanguages = 0;
        for (JsonNode f : senegal.get("facets").get("language")) {
            senegalLanguages += f.get("count").asLong();
        }
        assertThat(senegalLanguages).isEqualTo(senegal.get("total").asLong());
        // with two facets selected, each one is counted with the other's filter only
        var both = api().get("/api/v1/practices?country=SN&country=AR&objective=4").json();
        var onlyObjective = api().get("/api/v1/practices?objective=4").json();
        assertThat(both.get("facets").get("country").toString())
                .isEqualTo(onlyObjective.get("facets").get("country").toString());
    }

    @Test
    void draftsAreNeverFound() {
        var focal = Api.at(port).withToken(DemoAccounts.withRole("focal-point").token());
        focal.post("/api/v1/practices", PracticeFixtures.practice("Borrador Xilófono secreto"));
        assertThat(api().get("/api/v1/practices?q=Xil%C3%B3fono").json().get("total").asLong()).isZero();
    }

    @Test
    void sortAndPaginationAndLimits() {
        var page = api().get("/api/v1/practices?sort=date&size=1&page=1").json();
        assertThat(page.get("items").size()).isEqualTo(1);
        var second = api().get("/api/v1/practices?sort=date&size=1&page=2").json();
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(page));
        assertThat(api().get("/api/v1/practices?size=101").status()).isEqualTo(400);
        assertThat(api().get("/api/v1/practices?sort=alphabet").status()).isEqualTo(400);
    }

    @Test
    void theIndexIsRebuiltFromPostgresByAnAdmin() {
        long before = api().get("/api/v1/practices?q=consulado%20movil").json().get("total").asLong();
        assertThat(api().post("/api/v1/admin/practices/reindex", Map.of()).status()).isEqualTo(401);
        var focal = Api.at(port).withToken(DemoAccounts.withRole("focal-point").token());
        assertThat(focal.post("/api/v1/admin/practices/reindex", Map.of()).status()).isEqualTo(403);
        var admin = Api.at(port).withToken(DemoAccounts.withRole("admin").token());
        var rebuilt = admin.post("/api/v1/admin/practices/reindex", Map.of());
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.json().get("indexed").asLong()).isGreaterThanOrEqualTo(25);
        assertThat(api().get("/api/v1/practices?q=consulado%20movil").json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void theCountsOfEveryPracticeFollowAPublication() {
        // Unfiltered counts (and a lone filter's own facet) are kept between changes: a new publication must show.
        long before = count(api().get("/api/v1/practices").json(), "country", "UY");
        long lone = count(api().get("/api/v1/practices?country=AR").json(), "country", "UY");
        assertThat(lone).isEqualTo(before);
        var body = new java.util.HashMap<>(PracticeFixtures.practice("Mesa de atención migrante en Rivera"));
        body.put("countries", List.of("UY"));
        publish(body);
        assertThat(count(api().get("/api/v1/practices").json(), "country", "UY")).isEqualTo(before + 1);
        assertThat(count(api().get("/api/v1/practices?country=AR").json(), "country", "UY")).isEqualTo(before + 1);
    }

    private static long count(JsonNode answer, String facet, String key) {
        for (JsonNode value : answer.get("facets").get(facet)) {
            if (value.get("key").asString().equals(key)) {
                return value.get("count").asLong();
            }
        }
        return 0;
    }
}
