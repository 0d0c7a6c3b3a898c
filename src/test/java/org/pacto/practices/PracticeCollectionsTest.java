package org.pacto.practices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.platform.AuditTrail;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Collections of published practices: curated by the secretariat, featured ones on the home page. */
@PactoTest
class PracticeCollectionsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;

    Api secretariat() {
        return Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
    }

    long collections() {
        return jdbc.sql("select count(*) from practices.collection").query(Long.class).single();
    }

    List<String> published(int limit) {
        return jdbc.sql("select id::text from practices.practice where status = 'published' and deleted_at is null "
                + "order by published_at limit ?").param(limit).query(String.class).list();
    }

    static JsonNode named(JsonNode list, String title) {
        for (JsonNode c : list) {
            if (c.get("shownTitle").asString().equals(title)) {
                return c;
            }
        }
        throw new AssertionError("no collection " + title + " in " + list);
    }

    @Test
    void theHomePageShowsTheFeaturedDemoCollectionsWithAFewPracticesEach() {
        var home = Api.at(port).get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Colecciones destacadas").contains("Datos y observatorios locales")
                .contains("Inclusión en lo local").contains("Censo Demográfico 2022")
                .contains("/practices/collections/");
        assertThat(home.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(100_000);
        var english = Api.at(port).get("/?lang=en");
        assertThat(english.body()).contains("Local data and observatories").contains("Inclusion at the local level");

        var all = Api.at(port).get("/api/v1/practices/collections?featured=true");
        assertThat(all.status()).isEqualTo(200);
        var data = named(all.json(), "Datos y observatorios locales");
        assertThat(data.get("featured").asBoolean()).isTrue();
        assertThat(data.get("title").get("en").asString()).isEqualTo("Local data and observatories");
        assertThat(data.get("practices").size()).isBetween(1, 6);
        List<String> titles = new ArrayList<>();
        data.get("practices").forEach(p -> {
            assertThat(p.get("status").asString()).startsWith("published");
            titles.add(p.get("title").asString());
        });
        for (JsonNode p : data.get("practices")) {
            var practice = Api.at(port).get("/api/v1/practices/" + p.get("id").asString());
            assertThat(practice.json().get("objectives").toString()).contains("1");
        }
        var inclusion = named(all.json(), "Inclusión en lo local");
        for (JsonNode p : inclusion.get("practices")) {
            var objectives = Api.at(port).get("/api/v1/practices/" + p.get("id").asString()).json().get("objectives");
            List<Integer> numbers = new ArrayList<>();
            objectives.forEach(o -> numbers.add(o.asInt()));
            assertThat(numbers).containsAnyOf(15, 16);
        }

        var page = Api.at(port).get(data.get("href").asString());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Datos y observatorios locales</h1>");
        titles.forEach(t -> assertThat(page.body()).contains(t));
        assertThat(Api.at(port).get("/practices/collections/00000000-0000-0000-0000-000000000000").status())
                .isEqualTo(404);
    }

    @Test
    void theSecretariatCuratesAndFeaturesACollection() {
        var ids = published(3);
        var body = new java.util.HashMap<String, Object>();
        body.put("language", "es");
        body.put("title", Map.of("es", "Trabajo decente", "en", "Decent work"));
        body.put("description", Map.of("es", "Prácticas sobre empleo."));
        body.put("practices", List.of(ids.get(1), ids.get(0)));
        long before = collections();

        assertThat(Api.at(port).post("/api/v1/practices/collections", body).status()).isEqualTo(401);
        var focal = Api.at(port).withToken(DemoAccounts.withRole("focal-point").token());
        assertThat(focal.post("/api/v1/practices/collections", body).status()).isEqualTo(403);
        var wrong = new java.util.HashMap<>(body);
        wrong.put("practices", List.of("00000000-0000-0000-0000-000000000000", ids.get(0)));
        wrong.put("title", Map.of("en", "Only English"));
        var invalid = secretariat().post("/api/v1/practices/collections", wrong);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").toString()).contains("practices[0]")
                .contains("not-a-published-practice").contains("title.es");
        assertThat(collections()).isEqualTo(before);

        var created = secretariat().post("/api/v1/practices/collections", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("featured").asBoolean()).isFalse();
        assertThat(created.json().get("practices").get(0).get("id").asString()).isEqualTo(ids.get(1));
        assertThat(created.json().get("practices").get(1).get("id").asString()).isEqualTo(ids.get(0));
        assertThat(Api.at(port).get("/api/v1/practices/collections?lang=en").body()).contains("Decent work");
        assertThat(Api.at(port).get("/api/v1/practices/collections?featured=true").body())
                .doesNotContain("Trabajo decente");

        var featured = secretariat().post("/api/v1/practices/collections/" + id + "/feature", Map.of("featured", true));
        assertThat(featured.status()).isEqualTo(200);
        assertThat(Api.at(port).get("/api/v1/practices/collections?featured=true").body()).contains("Trabajo decente");
        assertThat(focal.post("/api/v1/practices/collections/" + id + "/feature", Map.of("featured", false))
                .status()).isEqualTo(403);

        body.put("practices", List.of(ids.get(2)));
        var changed = secretariat().put("/api/v1/practices/collections/" + id, body);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("practices").size()).isEqualTo(1);
        assertThat(changed.json().get("featured").asBoolean()).isTrue();
        assertThat(audit.history("practice-collection", id)).extracting(e -> e.action())
                .contains("created", "featured", "changed");
        assertThat(secretariat().put("/api/v1/practices/collections/not-an-id", body).status()).isEqualTo(404);
    }

    @Test
    void aCollectionCanTakeThePublishedAnswersOfACall() {
        var call = secretariat().post("/api/v1/calls", Map.of("title", "Convocatoria sobre salud", "deadline",
                "2030-01-01"));
        assertThat(call.status()).isEqualTo(201);
        String callId = call.json().get("id").asString();
        var practice = PracticeFixtures.practice("Salud comunitaria para personas migrantes en Avellaneda");
        practice.put("call", callId);
        String answer = PracticeFixtures.at(port).published(practice);
        var unpublished = PracticeFixtures.practice("Borrador de la convocatoria");
        unpublished.put("call", callId);
        Api.at(port).withToken(DemoAccounts.withRole("focal-point").token()).post("/api/v1/practices", unpublished);

        var created = secretariat().post("/api/v1/practices/collections", Map.of("language", "es",
                "title", Map.of("es", "Respuestas a la convocatoria sobre salud"), "call", callId, "featured", true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("call").asString()).isEqualTo(callId);
        assertThat(created.json().get("practices").size()).isEqualTo(1);
        assertThat(created.json().get("practices").get(0).get("id").asString()).isEqualTo(answer);
    }

    @Test
    void theSecretariatCuratesThroughItsPage() {
        var ids = published(2);
        assertThat(Api.at(port).get("/practices/collections").body()).contains("Datos y observatorios locales")
                .doesNotContain("name=\"practices\"");
        Api staff = PracticeFixtures.at(port).signedIn(DemoAccounts.withRole("secretariat").email());
        var page = staff.get("/practices/collections");
        assertThat(page.body()).contains("name=\"practices\"").contains("Quitar de la portada");
        long before = collections();
        var invalid = staff.submitForm("/practices/collections", "/practices/collections", Map.of("language", "es",
                "title", "", "practices", "no-es-un-id"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("no es una práctica publicada");
        assertThat(collections()).isEqualTo(before);
        var created = staff.submitForm("/practices/collections", "/practices/collections", Map.of("language", "es",
                "title", "Migración y ciudades", "description", "Dos prácticas urbanas.",
                "practices", ids.get(1) + "\n" + ids.get(0), "featured", "true"));
        assertThat(created.status()).isEqualTo(302);
        String location = created.header("Location");
        assertThat(location).contains("/practices/collections/");
        String id = location.substring(location.lastIndexOf('/') + 1);
        var shown = Api.at(port).get("/api/v1/practices/collections/" + id);
        assertThat(shown.json().get("featured").asBoolean()).isTrue();
        assertThat(shown.json().get("practices").get(0).get("id").asString()).isEqualTo(ids.get(1));
        var unfeatured = staff.submitForm("/practices/collections", "/practices/collections/" + id + "/feature",
                Map.of("featured", "false"));
        assertThat(unfeatured.status()).isEqualTo(302);
        assertThat(Api.at(port).get("/api/v1/practices/collections/" + id).json().get("featured").asBoolean())
                .isFalse();
        Api focal = PracticeFixtures.at(port).signedIn(DemoAccounts.withRole("focal-point").email());
        assertThat(focal.submitForm("/practices/collections", "/practices/collections/" + id + "/feature",
                Map.of("featured", "true")).status()).isEqualTo(403);
    }
}
