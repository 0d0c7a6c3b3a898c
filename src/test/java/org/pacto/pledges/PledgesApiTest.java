package org.pacto.pledges;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.identity.Actors;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.Outbox;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@PactoTest
class PledgesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    Outbox outbox;
    @Autowired
    Actors actors;
    @Autowired
    CacheManager caches;

    Api anonymous() {
        return Api.at(port);
    }

    Api as(String role) {
        return Api.at(port).withToken(DemoAccounts.withRole(role).token());
    }

    static Map<String, Object> pledge() {
        return PledgeFixture.pledge();
    }

    PledgeFixture fixture() {
        return new PledgeFixture(port, outbox, actors);
    }

    long pledgeRows() {
        return jdbc.sql("select count(*) from pledges.pledge").query(Long.class).single();
    }

    List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void theListIsPublicWithFacetsAndShowsNoDrafts() {
        var list = anonymous().get("/api/v1/pledges?size=100");
        assertThat(list.status()).isEqualTo(200);
        JsonNode json = list.json();
        assertThat(json.get("total").asLong()).isGreaterThanOrEqualTo(17);
        assertThat(json.get("items").size()).isEqualTo((int) json.get("total").asLong());
        List<String> statuses = new ArrayList<>();
        json.get("items").forEach(i -> statuses.add(i.get("status").asString()));
        assertThat(statuses).doesNotContain("draft", "submitted");
        JsonNode facets = json.get("facets");
        for (String facet : List.of("objective", "principle", "kind", "nature", "status", "region", "year",
                "fulfilment", "overdue")) {
            assertThat(facets.has(facet)).as(facet).isTrue();
        }
        assertThat(facets.get("overdue").get("overdue").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(facets.get("kind").has("local-authority")).isTrue();
    }

    @Test
    void filtersCombine() {
        var argentina = anonymous().get("/api/v1/pledges?country=AR&size=50").json();
        assertThat(argentina.get("total").asLong()).isGreaterThanOrEqualTo(3);
        argentina.get("items").forEach(i -> assertThat(i.get("countries").toString()).contains("AR"));
        var financial = anonymous().get("/api/v1/pledges?country=AR&nature=financial").json();
        assertThat(financial.get("total").asLong()).isBetween(1L, argentina.get("total").asLong() - 1);
        var southAmerica = anonymous().get("/api/v1/pledges?region=005").json();
        assertThat(southAmerica.get("total").asLong()).isGreaterThan(argentina.get("total").asLong());
        var overdue = anonymous().get("/api/v1/pledges?status=overdue").json();
        assertThat(overdue.get("total").asLong()).isGreaterThanOrEqualTo(1);
        overdue.get("items").forEach(i -> assertThat(i.get("overdue").asBoolean()).isTrue());
        var english = anonymous().withHeader("Accept-Language", "en").get("/api/v1/pledges?q=yearly+dialogue").json();
        assertThat(english.get("total").asLong()).isEqualTo(1);
        assertThat(english.get("items").get(0).get("title").asString()).startsWith("Yearly dialogue");
    }

    @Test
    void listsAreCachedThroughModuleCachesAndEmptiedWhenAPledgeChanges() {
        assertThat(anonymous().get("/api/v1/pledges?country=AR&size=3").status()).isEqualTo(200);
        var entries = (Map<?, ?>) caches.getCache("pledges.search").getNativeCache();
        assertThat(entries).isNotEmpty();
        assertThat(as("focal-point").post("/api/v1/pledges", pledge()).status()).isEqualTo(201);
        assertThat(entries).as("emptied once the new pledge committed").isEmpty();
    }

    @Test
    void pageSizeIsAtMost100() {
        var refused = anonymous().get("/api/v1/pledges?size=101");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("size");
        assertThat(anonymous().get("/api/v1/pledges?size=0").json().get("items").size()).isZero();
        assertThat(anonymous().get("/api/v1/pledges?objective=abc").status()).isEqualTo(400);
    }

    @Test
    void creatingNeedsAFocalPointOrMemberOfTheOrganisation() {
        long before = pledgeRows();
        assertThat(anonymous().post("/api/v1/pledges", pledge()).status()).isEqualTo(401);
        assertThat(as("secretariat").post("/api/v1/pledges", pledge()).status()).isEqualTo(403);
        assertThat(as("reviewer").post("/api/v1/pledges", pledge()).status()).isEqualTo(403);
        assertThat(pledgeRows()).isEqualTo(before);
        var member = as("member").post("/api/v1/pledges", pledge());
        assertThat(member.status()).isEqualTo(201);
        assertThat(as("member").get("/api/v1/pledges/" + member.json().get("id").asString()).json()
                .get("organisation").asString()).isEqualTo("H. Ayuntamiento de Tapachula");
    }

    @Test
    void invalidPledgesNameTheFieldAndStoreNothing() {
        long before = pledgeRows();
        var focal = as("focal-point");

        var shortText = pledge();
        shortText.put("description", "Demasiado corto.");
        var answer = focal.post("/api/v1/pledges", shortText);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(fields(answer)).containsExactly("description");
        assertThat(answer.json().get("errors").get(0).get("code").asString()).isEqualTo("too-short");

        var longText = pledge();
        longText.put("description", "x".repeat(3001));
        assertThat(fields(focal.post("/api/v1/pledges", longText))).containsExactly("description");

        var fourObjectives = pledge();
        fourObjectives.put("objectives", List.of(1, 2, 3, 4));
        var tooMany = focal.post("/api/v1/pledges", fourObjectives);
        assertThat(fields(tooMany)).containsExactly("objectives");
        assertThat(tooMany.json().get("errors").get(0).get("code").asString()).isEqualTo("too-many");

        var noTarget = pledge();
        noTarget.put("targets", List.of());
        assertThat(fields(focal.post("/api/v1/pledges", noTarget))).containsExactly("targets");

        var badTarget = pledge();
        badTarget.put("targets", List.of(Map.of("name", "Consultas", "unit", "consultas", "baseline", 0,
                "target", "mucho")));
        assertThat(fields(focal.post("/api/v1/pledges", badTarget))).containsExactly("targets[0].target");

        var several = pledge();
        several.remove("deadline");
        several.put("type", "matching");
        several.put("nature", List.of("generous"));
        var many = focal.post("/api/v1/pledges", several);
        assertThat(fields(many)).containsExactlyInAnyOrder("deadline", "matches", "nature[0]");

        assertThat(focal.post("/api/v1/pledges", "{not json").status()).isEqualTo(400);
        assertThat(pledgeRows()).isEqualTo(before);
    }

    @Test
    void aPledgeGoesFromDraftToPublishedAndItsProgressIsMeasured() {
        var focal = as("focal-point");
        var secretariat = as("secretariat");
        var created = focal.post("/api/v1/pledges", pledge());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("draft");
        String id = created.json().get("id").asString();
        String path = "/api/v1/pledges/" + id;

        // drafts exist only for their organisation and the secretariat
        assertThat(anonymous().get(path).status()).isEqualTo(404);
        assertThat(as("member").get(path).status()).isEqualTo(404);
        assertThat(focal.get(path).status()).isEqualTo(200);
        assertThat(secretariat.get(path).status()).isEqualTo(200);
        assertThat(anonymous().get("/api/v1/pledges/not-a-uuid").status()).isEqualTo(404);

        // the secretariat decides on submitted pledges only, and returns with a reason
        assertThat(secretariat.post(path + "/decision", Map.of("decision", "publish")).status()).isEqualTo(409);
        assertThat(as("member").post(path + "/submit", Map.of()).status()).isEqualTo(404);
        assertThat(focal.post(path + "/submit", Map.of()).json().get("status").asString()).isEqualTo("submitted");
        assertThat(focal.post(path + "/decision", Map.of("decision", "publish")).status()).isEqualTo(403);
        assertThat(fields(secretariat.post(path + "/decision", Map.of("decision", "return")))).containsExactly("reason");
        assertThat(fields(secretariat.post(path + "/decision", Map.of("decision", "maybe")))).containsExactly("decision");
        var returned = secretariat.post(path + "/decision", Map.of("decision", "return",
                "reason", "Precise la línea de base de consultas."));
        assertThat(returned.json().get("status").asString()).isEqualTo("draft");
        assertThat(focal.get(path).json().get("returnReason").asString()).contains("línea de base");
        focal.post(path + "/submit", Map.of());
        var published = secretariat.post(path + "/decision", Map.of("decision", "publish"));
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("published");

        // now public, without contacts
        var view = anonymous().get(path);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).doesNotContain("julia.contacto");
        assertThat(view.json().get("fulfilment").asDouble()).isZero();
        JsonNode targets = view.json().get("targets");
        assertThat(targets.size()).isEqualTo(2);
        String first = targets.get(0).get("id").asString();
        String second = targets.get(1).get("id").asString();
        assertThat(targets.get(0).get("latestValue").isNull()).isTrue();

        // only the pledgers report progress
        var report = Map.of("date", "2026-06-30", "narrative", "Primer semestre: 250 consultas y un barrio nuevo.",
                "values", List.of(Map.of("target", first, "value", 250), Map.of("target", second, "value", 2)));
        long reportsBefore = jdbc.sql("select count(*) from pledges.report").query(Long.class).single();
        assertThat(anonymous().post(path + "/progress", report).status()).isEqualTo(401);
        assertThat(as("member").post(path + "/progress", report).status()).isIn(403, 404);
        assertThat(secretariat.post(path + "/progress", report).status()).isIn(403, 404);
        var unknownTarget = focal.post(path + "/progress", Map.of("date", "2026-06-30", "narrative", "x",
                "values", List.of(Map.of("target", java.util.UUID.randomUUID().toString(), "value", 1))));
        assertThat(fields(unknownTarget)).containsExactly("values[0].target");
        assertThat(fields(focal.post(path + "/progress", Map.of("date", "2999-01-01", "narrative", "x",
                "values", List.of(Map.of("target", first, "value", 1)))))).containsExactly("date");
        assertThat(jdbc.sql("select count(*) from pledges.report").query(Long.class).single()).isEqualTo(reportsBefore);

        var reported = focal.post(path + "/progress", report);
        assertThat(reported.status()).isEqualTo(201);
        var after = anonymous().get(path).json();
        assertThat(after.get("status").asString()).isEqualTo("in-progress");
        // 250/1000 × 3/6 + (2−1)/(3−1) × 3/6 = 0.125 + 0.25 = 37.5 %  (a missing weight = mean of the others = 3)
        assertThat(after.get("fulfilment").asDouble()).isEqualTo(37.5);
        assertThat(after.get("targets").get(0).get("latestValue").asDouble()).isEqualTo(250.0);
        assertThat(after.get("reports").size()).isEqualTo(1);
        assertThat(after.get("lastReport").asString()).isEqualTo("2026-06-30");
        assertThat(after.get("calculation").get(0).get("explanation").asString()).contains("clamp((250 − 0) / (1000 − 0), 0, 1)");

        // the secretariat corrects a report with an audited reason
        String reportId = after.get("reports").get(0).get("id").asString();
        assertThat(fields(secretariat.put(path + "/reports/" + reportId, Map.of("values",
                List.of(Map.of("target", first, "value", 1000)))))).containsExactly("reason");
        assertThat(focal.put(path + "/reports/" + reportId, Map.of("values",
                List.of(Map.of("target", first, "value", 1000)), "reason", "x")).status()).isEqualTo(403);
        var corrected = secretariat.put(path + "/reports/" + reportId, Map.of("values",
                List.of(Map.of("target", first, "value", 1000), Map.of("target", second, "value", 3)),
                "reason", "La cifra del semestre era el acumulado anual."));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("fulfilment").asDouble()).isEqualTo(100.0);
        assertThat(audit.history("pledge", id)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("report-corrected");
            assertThat(e.changes()).contains("acumulado anual");
        });
        assertThat(anonymous().get(path).json().get("offerFulfilled").asBoolean()).isTrue();
        assertThat(focal.post(path + "/close", Map.of("outcome", "fulfilled")).json().get("status").asString())
                .isEqualTo("fulfilled");
    }

    @Test
    void contactsAreNeverPublicAndEveryReadIsAudited() {
        var focal = as("focal-point");
        String id = focal.post("/api/v1/pledges", pledge()).json().get("id").asString();
        String path = "/api/v1/pledges/" + id + "/contacts";
        assertThat(anonymous().get(path).status()).isEqualTo(401);
        assertThat(as("member").get(path).status()).isEqualTo(404);
        var contacts = focal.get(path);
        assertThat(contacts.status()).isEqualTo(200);
        assertThat(contacts.json().get(0).get("email").asString()).isEqualTo("julia.contacto@quilmes.example");
        assertThat(audit.history("pledge", id)).anySatisfy(e -> assertThat(e.action()).contains("read"));
    }

    @Test
    void jointPledgesHaveCoSignatoriesWhoReportAndOthersJoinOpenOnes() {
        var list = anonymous().get("/api/v1/pledges?q=Balón&size=5").json();
        String id = list.get("items").get(0).get("id").asString();
        var view = anonymous().get("/api/v1/pledges/" + id).json();
        assertThat(view.get("signatories").size()).isEqualTo(2);
        assertThat(view.get("signatories").toString()).contains("Municipalidad de Lima");

        // Quilmes joins a pledge open for signatures; joining uninvited assigns no part, so it may not report
        // on the lead's targets (co-signatories report only on the targets assigned to them when invited)
        var open = anonymous().get("/api/v1/pledges?q=Mecanismo+de+Di%C3%A1logo").json();
        String dialogue = open.get("items").get(0).get("id").asString();
        var focal = as("focal-point");
        assertThat(focal.post("/api/v1/pledges/" + dialogue + "/sign", Map.of()).status()).isEqualTo(200);
        // signing again (a retry) is no error: the same answer, and still one signatory (issue 16, item 6)
        var again = focal.post("/api/v1/pledges/" + dialogue + "/sign", Map.of());
        assertThat(again.status()).isEqualTo(200);
        String target = anonymous().get("/api/v1/pledges/" + dialogue).json().get("targets").get(0).get("id").asString();
        var reported = focal.post("/api/v1/pledges/" + dialogue + "/progress", Map.of("date", "2026-11-01",
                "narrative", "Quilmes acogió la sesión local del conversatorio.",
                "values", List.of(Map.of("target", target, "value", 3))));
        assertThat(reported.status()).isEqualTo(403);
        // a pledge not open for signatures cannot be joined uninvited
        String closed = anonymous().get("/api/v1/pledges?q=Orientaci%C3%B3n+jur%C3%ADdica").json().get("items").get(0)
                .get("id").asString();
        var tapachula = fixture().person(PledgeFixture.TAPACHULA, "focal-point");
        assertThat(tapachula.post("/api/v1/pledges/" + closed + "/sign", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void theLeadInvitesCoSignatoriesWhoAccept() {
        var focal = as("focal-point");
        String id = focal.post("/api/v1/pledges", pledge()).json().get("id").asString();
        String path = "/api/v1/pledges/" + id;
        var me = as("member").get("/api/v1/me").json().get("organisation").get("id").asString();
        assertThat(fields(focal.post(path + "/cosignatories", Map.of("organisation", "nope")))).containsExactly("organisation");
        assertThat(as("member").post(path + "/cosignatories", Map.of("organisation", me)).status()).isEqualTo(404);
        assertThat(focal.post(path + "/cosignatories", Map.of("organisation", me)).status()).isEqualTo(200);
        // the invited organisation now sees the draft; its focal point (not a member) accepts for it
        assertThat(as("member").get(path).status()).isEqualTo(200);
        assertThat(as("member").post(path + "/sign", Map.of()).status()).isEqualTo(403);
        assertThat(fixture().person(PledgeFixture.TAPACHULA, "focal-point").post(path + "/sign", Map.of()).status())
                .isEqualTo(200);
        assertThat(focal.get(path).json().get("signatories").get(0).get("status").asString()).isEqualTo("accepted");
        assertThat(focal.post(path + "/cosignatories", Map.of("organisation", me)).status()).isEqualTo(409);
    }

    @Test
    void theMapIsGeoJsonWithCountsPerCountry() {
        var map = anonymous().get("/api/v1/pledges/map");
        assertThat(map.status()).isEqualTo(200);
        assertThat(map.contentType()).startsWith("application/geo+json");
        JsonNode json = map.json();
        assertThat(json.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode argentina = null;
        for (JsonNode f : json.get("features")) {
            if (f.get("id").asString().equals("AR")) {
                argentina = f;
            }
        }
        assertThat(argentina).isNotNull();
        assertThat(argentina.get("properties").get("pledges").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(argentina.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(json.get("withoutCountry").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void openDataComesAsCsvAndJson() {
        var csv = anonymous().get("/api/v1/pledges.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,title,organisation");
        assertThat(csv.body().lines().count()).isGreaterThanOrEqualTo(18);
        assertThat(anonymous().get("/api/v1/pledges?format=csv").body()).startsWith("id,title");
        var json = anonymous().get("/api/v1/pledges.json");
        assertThat(json.json().size()).isEqualTo(csv.body().lines().count() - 1);
        assertThat(anonymous().get("/api/v1/pledges.geojson").contentType()).startsWith("application/geo+json");
    }

    @Test
    void theAnnualReportComesAsPdfAndXlsx() {
        var pdf = anonymous().get("/api/v1/pledges/report.pdf?year=2022&region=419");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        var xlsx = anonymous().get("/api/v1/pledges/report.xlsx?year=2022&region=419");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        assertThat(xlsx.body()).startsWith("PK");
        assertThat(fields(anonymous().get("/api/v1/pledges/report.pdf?year=2022&region=999"))).containsExactly("region");
        assertThat(anonymous().get("/api/v1/pledges/report.pdf").status()).isEqualTo(400);
    }

    @Test
    void demoContentSaysSomething() {
        var all = anonymous().get("/api/v1/pledges?size=100").json();
        long published = 0;
        for (JsonNode i : all.get("items")) {
            published += i.get("status").asString().equals("draft") ? 0 : 1;
        }
        assertThat(published).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql("select count(*) from pledges.report").query(Long.class).single()).isGreaterThanOrEqualTo(20);
        assertThat(jdbc.sql("select count(*) from pledges.pledge where status = 'draft'").query(Long.class).single())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void publicationsReachTheActivityFeed() throws InterruptedException {
        long found = 0;
        for (int i = 0; i < 50 && found == 0; i++) {
            found = jdbc.sql("select count(*) from site.activity where kind = 'pledge-published'")
                    .query(Long.class).single();
            Thread.sleep(100);
        }
        assertThat(found).isGreaterThanOrEqualTo(10);
    }
}
