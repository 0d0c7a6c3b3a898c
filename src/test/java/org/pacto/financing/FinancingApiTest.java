package org.pacto.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The financing API's public contract (issue 12) over real HTTP and PostgreSQL: roles, one member one vote,
 * quorum, available funds, disbursement limits, and 400/401/403/404/409 answers that write nothing.
 */
@PactoTest
class FinancingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    Api anonymous() {
        return Api.at(port);
    }

    Api secretariat() {
        return Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
    }

    Api ecuador() {
        return Api.at(port).withToken(DemoAccounts.byEmail("ecuador@pacto.demo").token());
    }

    Api quilmes() {
        return Api.at(port).withToken(DemoAccounts.byEmail("quilmes@pacto.demo").token());
    }

    String organisation(String country) {
        return actors.organisations().stream().filter(o -> o.kind().equals("state") && country.equals(o.country()))
                .map(OrganisationSummary::id).map(Object::toString).sorted()
                .filter(id -> !country.equals("EC") || id.equals(ecuadorCancilleria()))
                .findFirst().orElseThrow();
    }

    String ecuadorCancilleria() {
        return actors.organisations().stream().filter(o -> o.name().startsWith("Ministerio de Relaciones Exteriores"))
                .findFirst().orElseThrow().id().toString();
    }

    static List<String> fields(Api.Response response) {
        var fields = new ArrayList<String>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    String fund(String name) {
        var created = secretariat().post("/api/v1/financing/funds", Map.of("name", name, "currency", "USD",
                "part1Fee", 1000, "part2Fee", 200));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    String admit(String fund, String country, String tier) {
        var admitted = secretariat().post("/api/v1/financing/funds/" + fund + "/members",
                Map.of("organisation", organisation(country), "tier", tier));
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
        return admitted.json().get("id").asString();
    }

    @Test
    void creatingAFundNeedsATokenAndTheSecretariat() {
        assertThat(anonymous().post("/api/v1/financing/funds", Map.of("name", "X", "currency", "USD")).status())
                .isEqualTo(401);
        assertThat(quilmes().post("/api/v1/financing/funds", Map.of("name", "X", "currency", "USD")).status())
                .isEqualTo(403);
        var bad = secretariat().post("/api/v1/financing/funds", Map.of("name", " ", "currency", "XYZ",
                "majority", "dictator", "part1Fee", 1, "part2Fee", 5));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(fields(bad)).containsExactlyInAnyOrder("name", "currency", "majority", "part1Fee");
        String id = fund("Fondo de prueba " + System.nanoTime());
        assertThat(anonymous().get("/api/v1/financing/funds").json().toString()).contains(id);
    }

    @Test
    void membersAreStatesOnceEachAndOnlyTheSecretariatAdmitsThem() {
        String fund = fund("Fondo de miembros " + System.nanoTime());
        admit(fund, "EC", "part-2");
        var again = secretariat().post("/api/v1/financing/funds/" + fund + "/members",
                Map.of("organisation", organisation("EC"), "tier", "part-1"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("already-exists");
        String quilmesOrg = actors.organisations().stream().filter(o -> o.name().contains("Quilmes")
                && o.kind().equals("local-authority")).findFirst().orElseThrow().id().toString();
        var local = secretariat().post("/api/v1/financing/funds/" + fund + "/members",
                Map.of("organisation", quilmesOrg, "tier", "part-2"));
        assertThat(local.status()).isEqualTo(400);
        assertThat(local.json().get("errors").get(0).get("code").asString()).isEqualTo("not-a-state");
        var wrongTier = secretariat().post("/api/v1/financing/funds/" + fund + "/members",
                Map.of("organisation", organisation("CO"), "tier", "part-3"));
        assertThat(fields(wrongTier)).containsExactly("tier");
        assertThat(ecuador().post("/api/v1/financing/funds/" + fund + "/members",
                Map.of("organisation", organisation("CO"), "tier", "part-2")).status()).isEqualTo(403);
        var members = anonymous().get("/api/v1/financing/funds/" + fund + "/members").json();
        assertThat(members.size()).isEqualTo(1);
        assertThat(members.get(0).get("tier").asString()).isEqualTo("part-2");
    }

    @Test
    void theWholeCycleFromContributionToDisbursement() {
        String fund = fund("Fondo del ciclo " + System.nanoTime());
        String ec = admit(fund, "EC", "part-2");
        String es = admit(fund, "ES", "part-1");
        String co = admit(fund, "CO", "part-2");
        admit(fund, "PE", "part-2");
        // contributions: Spain pays its Part I fee, Ecuador half of its own; Colombia and Peru nothing
        assertThat(secretariat().post("/api/v1/financing/funds/" + fund + "/contributions",
                Map.of("member", es, "period", "2026", "amount", 1000, "paidOn", "2026-02-01")).status()).isEqualTo(201);
        assertThat(secretariat().post("/api/v1/financing/funds/" + fund + "/contributions",
                Map.of("member", ec, "period", "2026", "amount", 100)).status()).isEqualTo(201);
        assertThat(secretariat().post("/api/v1/financing/funds/" + fund + "/contributions",
                Map.of("member", ec, "period", "2026", "amount", 100)).status()).isEqualTo(409);
        var balance = anonymous().get("/api/v1/financing/funds/" + fund + "/balance").json();
        assertThat(balance.get("available").decimalValue()).isEqualByComparingTo("1100");
        assertThat(balance.get("currency").asString()).isEqualTo("USD");
        assertThat(balance.get("steps").size()).isEqualTo(4);

        // Ecuador's focal point drafts for Ecuador; Quilmes' cannot; the draft is hidden from others
        Map<String, Object> proposal = Map.of("lead", ec, "partners", List.of(co), "title", "Certificar competencias",
                "summary", "Ventanilla común", "window", "skills-development", "objectives", List.of(18),
                "budget", List.of(Map.of("label", "Asistencia técnica", "amount", 600),
                        Map.of("label", "Evaluación", "amount", 200)),
                "results", List.of(Map.of("outcome", "Certificación", "indicator", "Personas certificadas",
                        "baseline", 0, "target", 500)));
        assertThat(quilmes().post("/api/v1/financing/funds/" + fund + "/proposals", proposal).status()).isEqualTo(403);
        var drafted = ecuador().post("/api/v1/financing/funds/" + fund + "/proposals", proposal);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(drafted.json().get("status").asString()).isEqualTo("draft");
        String id = drafted.json().get("id").asString();
        assertThat(anonymous().get("/api/v1/financing/proposals/" + id).status()).isEqualTo(404);
        assertThat(ecuador().get("/api/v1/financing/proposals/" + id).status()).isEqualTo(200);
        assertThat(ecuador().post("/api/v1/financing/proposals/" + id + "/submit", Map.of()).json()
                .get("status").asString()).isEqualTo("submitted");
        assertThat(anonymous().get("/api/v1/financing/proposals/" + id).json().get("total").decimalValue())
                .isEqualByComparingTo("800");
        assertThat(ecuador().post("/api/v1/financing/proposals/" + id + "/appraisal",
                Map.of("score", 80, "remarks", "Bien")).status()).isEqualTo(403);
        assertThat(secretariat().post("/api/v1/financing/proposals/" + id + "/appraisal",
                Map.of("score", 80, "remarks", "Cumple los criterios")).json().get("status").asString())
                .isEqualTo("appraised");

        // a grant before approval is refused
        var early = secretariat().post("/api/v1/financing/grants", Map.of("proposal", id, "amount", 800));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("proposal-not-approved");

        // meeting: 3 of 4 present (quorum), 1 yes, 1 no, 1 abstain → rejected by a tie? no: yes = no → rejected;
        // Spain changes its vote to yes (the second ballot replaces the first) → approved 2 to 0
        var meeting = secretariat().post("/api/v1/financing/funds/" + fund + "/meetings",
                Map.of("date", java.time.LocalDate.now().toString(), "proposals", List.of(id)));
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        String m = meeting.json().get("id").asString();
        assertThat(ecuador().post("/api/v1/financing/meetings/" + m + "/votes",
                Map.of("member", ec, "proposal", id, "vote", "yes")).status()).isEqualTo(200);
        assertThat(ecuador().post("/api/v1/financing/meetings/" + m + "/votes",
                Map.of("member", co, "proposal", id, "vote", "yes")).status()).isEqualTo(403);
        secretariat().post("/api/v1/financing/meetings/" + m + "/votes", Map.of("member", es, "proposal", id, "vote", "no"));
        secretariat().post("/api/v1/financing/meetings/" + m + "/votes", Map.of("member", co, "proposal", id, "vote", "abstain"));
        secretariat().post("/api/v1/financing/meetings/" + m + "/votes", Map.of("member", es, "proposal", id, "vote", "yes"));
        var bad = secretariat().post("/api/v1/financing/meetings/" + m + "/votes",
                Map.of("member", es, "proposal", id, "vote", "maybe"));
        assertThat(fields(bad)).containsExactly("vote");
        var closed = secretariat().post("/api/v1/financing/meetings/" + m + "/close", Map.of());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        var result = closed.json().get("results").get(0);
        assertThat(result.get("yes").asInt()).isEqualTo(2);
        assertThat(result.get("no").asInt()).isZero();
        assertThat(result.get("abstain").asInt()).isEqualTo(1);
        assertThat(result.get("present").asInt()).isEqualTo(3);
        assertThat(result.get("members").asInt()).isEqualTo(4);
        assertThat(result.get("quorum").asBoolean()).isTrue();
        assertThat(result.get("decision").asString()).isEqualTo("approved");
        assertThat(secretariat().post("/api/v1/financing/meetings/" + m + "/votes",
                Map.of("member", ec, "proposal", id, "vote", "no")).status()).isEqualTo(409);

        // grants: more than available → 409 insufficient-funds, nothing written
        var tooMuch = secretariat().post("/api/v1/financing/grants", Map.of("proposal", id, "amount", 1100.01));
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("code").asString()).isEqualTo("insufficient-funds");
        assertThat(jdbc.sql("select count(*) from financing.grant_award where proposal_id = ?::uuid").param(id)
                .query(Long.class).single()).isZero();
        var grant = secretariat().post("/api/v1/financing/grants", Map.of("proposal", id, "amount", 800));
        assertThat(grant.status()).as(grant.body()).isEqualTo(201);
        String g = grant.json().get("id").asString();
        assertThat(anonymous().get("/api/v1/financing/funds/" + fund + "/balance").json().get("available")
                .decimalValue()).isEqualByComparingTo("300");

        // tranches: the second waits for a progress report; no tranche exceeds the grant
        assertThat(secretariat().post("/api/v1/financing/grants/" + g + "/disbursements", Map.of("amount", 500))
                .status()).isEqualTo(201);
        var waiting = secretariat().post("/api/v1/financing/grants/" + g + "/disbursements", Map.of("amount", 100));
        assertThat(waiting.json().get("code").asString()).isEqualTo("progress-report-missing");
        assertThat(quilmes().post("/api/v1/financing/grants/" + g + "/reports",
                Map.of("period", "2026", "narrative", "x")).status()).isEqualTo(403);
        assertThat(ecuador().post("/api/v1/financing/grants/" + g + "/reports",
                Map.of("period", "2026", "narrative", "240 personas certificadas", "achieved", List.of(240))).status())
                .isEqualTo(201);
        var over = secretariat().post("/api/v1/financing/grants/" + g + "/disbursements", Map.of("amount", 300.01));
        assertThat(over.json().get("code").asString()).isEqualTo("exceeds-grant");
        assertThat(secretariat().post("/api/v1/financing/grants/" + g + "/disbursements", Map.of("amount", 300))
                .status()).isEqualTo(201);
        var restructured = secretariat().post("/api/v1/financing/grants/" + g + "/restructurings",
                Map.of("reason", "Más evaluación", "fromLine", 0, "toLine", 1, "amount", 100, "addedCountry", "pe"));
        assertThat(restructured.status()).as(restructured.body()).isEqualTo(201);
        var page = anonymous().get("/api/v1/financing/grants/" + g).json();
        assertThat(page.get("disbursed").decimalValue()).isEqualByComparingTo("800");
        assertThat(page.get("lines").get(1).get("amount").decimalValue()).isEqualByComparingTo("300");
        assertThat(page.get("countries").toString()).contains("PE");
        assertThat(page.get("progress").get(0).get("latest").decimalValue()).isEqualByComparingTo("240");
    }

    @Test
    void withoutQuorumNothingIsDecidedAndTheProposalWaits() {
        String fund = fund("Fondo sin quórum " + System.nanoTime());
        String ec = admit(fund, "EC", "part-2");
        String es = admit(fund, "ES", "part-1");
        admit(fund, "CO", "part-2");
        admit(fund, "PE", "part-2");
        var drafted = secretariat().post("/api/v1/financing/funds/" + fund + "/proposals", Map.of("lead", ec,
                "title", "Datos", "summary", "Observatorio", "window", "partnerships",
                "budget", List.of(Map.of("label", "Datos", "amount", 10))));
        String id = drafted.json().get("id").asString();
        secretariat().post("/api/v1/financing/proposals/" + id + "/submit", Map.of());
        secretariat().post("/api/v1/financing/proposals/" + id + "/appraisal", Map.of("score", 70, "remarks", "ok"));
        String m = secretariat().post("/api/v1/financing/funds/" + fund + "/meetings",
                Map.of("date", java.time.LocalDate.now().toString(), "proposals", List.of(id))).json().get("id").asString();
        // two of four present: exactly half is not more than half
        secretariat().post("/api/v1/financing/meetings/" + m + "/votes", Map.of("member", ec, "proposal", id, "vote", "yes"));
        secretariat().post("/api/v1/financing/meetings/" + m + "/votes", Map.of("member", es, "proposal", id, "vote", "abstain"));
        var result = secretariat().post("/api/v1/financing/meetings/" + m + "/close", Map.of()).json()
                .get("results").get(0);
        assertThat(result.get("quorum").asBoolean()).isFalse();
        assertThat(result.get("decision").asString()).isEqualTo("quorum-not-met");
        assertThat(anonymous().get("/api/v1/financing/proposals/" + id).json().get("status").asString())
                .isEqualTo("appraised");
    }

    @Test
    void aMeetingCountsTheMembersItHadOnItsDate() {
        String fund = fund("Fondo con fecha " + System.nanoTime());
        String ec = admit(fund, "EC", "part-2");
        var drafted = secretariat().post("/api/v1/financing/funds/" + fund + "/proposals", Map.of("lead", ec,
                "title", "Datos", "summary", "Observatorio", "window", "partnerships",
                "budget", List.of(Map.of("label", "Datos", "amount", 10))));
        String id = drafted.json().get("id").asString();
        secretariat().post("/api/v1/financing/proposals/" + id + "/submit", Map.of());
        secretariat().post("/api/v1/financing/proposals/" + id + "/appraisal", Map.of("score", 70, "remarks", "ok"));
        String m = secretariat().post("/api/v1/financing/funds/" + fund + "/meetings",
                Map.of("date", "2020-06-15", "proposals", List.of(id))).json().get("id").asString();
        var late = secretariat().post("/api/v1/financing/meetings/" + m + "/votes",
                Map.of("member", ec, "proposal", id, "vote", "yes"));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().get("errors").get(0).get("code").asString()).isEqualTo("unknown-member");
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        String fund = fund("Fondo de entradas " + System.nanoTime());
        long before = jdbc.sql("select count(*) from financing.proposal").query(Long.class).single();
        var bad = secretariat().send("POST", "/api/v1/financing/funds/" + fund + "/proposals",
                "{\"lead\":\"nope\",\"title\":\"\",\"summary\":\"s\",\"window\":\"moon\",\"objectives\":[24],"
                        + "\"budget\":[{\"label\":\"x\",\"amount\":12.345}],\"genderMarker\":7}");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(fields(bad)).contains("lead", "title", "window", "objectives[0]", "genderMarker", "budget[0].amount");
        var nul = secretariat().send("POST", "/api/v1/financing/funds/" + fund + "/calls",
                "{\"title\":\"a\\u0000b\",\"windows\":[null]}");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from financing.proposal").query(Long.class).single()).isEqualTo(before);
        assertThat(anonymous().get("/api/v1/financing/funds/not-an-id").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/v1/financing/grants/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void theDemoFundIsPublicWithItsComputations() {
        var funds = anonymous().get("/api/v1/financing/funds").json();
        String demo = null;
        for (var f : funds) {
            if (f.get("demonstration").asBoolean()) {
                demo = f.get("id").asString();
            }
        }
        assertThat(demo).isNotNull();
        var page = anonymous().get("/api/v1/financing/funds/" + demo).json();
        assertThat(page.get("members").size()).isEqualTo(8);
        assertThat(page.get("grants").size()).isEqualTo(2);
        assertThat(page.get("balance").get("available").decimalValue()).isEqualByComparingTo(
                page.get("balance").get("paid").decimalValue().subtract(page.get("balance").get("committed")
                        .decimalValue()).add(page.get("balance").get("cancelled").decimalValue()));
        int year = java.time.Year.now().getValue();
        var xlsx = anonymous().get("/api/v1/financing/funds/" + demo + "/report.xlsx?year=" + year);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Disposition")).contains("fund-" + year + ".xlsx");
        var pdf = anonymous().get("/api/v1/financing/funds/" + demo + "/report.pdf?year=" + year);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(anonymous().get("/api/v1/financing/funds/" + demo + "/report.pdf?year=99999").status())
                .isEqualTo(400);
        var html = anonymous().withHeader("Accept-Language", "en").get("/financing");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("Demonstration fund").contains("One member, one vote");
    }
}
