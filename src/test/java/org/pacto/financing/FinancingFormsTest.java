package org.pacto.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forms of applicants and the secretariat (issue 12) over real HTTP with sessions and CSRF: each form does
 * what its API operation does, a refused form writes nothing and comes back with every field's message in the
 * reader's language and what was typed, and a visitor gets no form.
 */
@PactoTest
class FinancingFormsTest {

    @LocalServerPort
    int port;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    Api signedIn(DemoAccounts.Account account) {
        Api browser = Api.at(port);
        var login = browser.submitForm("/login", "/login", Map.of("username", account.email(),
                "password", account.password()));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        return browser;
    }

    Api secretariat() {
        return signedIn(DemoAccounts.withRole("secretariat"));
    }

    String state(String country) {
        return actors.organisations().stream().filter(o -> o.kind().equals("state") && country.equals(o.country()))
                .filter(o -> !country.equals("EC") || o.name().startsWith("Ministerio de Relaciones Exteriores"))
                .map(OrganisationSummary::id).map(Object::toString).sorted().findFirst().orElseThrow();
    }

    String fund() {
        var created = Api.at(port).withToken(DemoAccounts.withRole("secretariat").token()).post(
                "/api/v1/financing/funds", Map.of("name", "Fondo de formularios " + System.nanoTime(),
                        "currency", "USD", "part1Fee", 1000, "part2Fee", 200));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** Follows the form's redirect as a browser does (the fragment stays in the browser). */
    static Api.Response follow(Api browser, Api.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        String location = answer.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
        return browser.get(location);
    }

    List<Map<String, Object>> members(String fund) {
        return jdbc.sql("select organisation_id::text as organisation, tier from financing.member where fund_id = ?::uuid")
                .param(fund).query().listOfRows();
    }

    @Test
    void theSecretariatAdmitsAMemberThroughTheFundPage() {
        String fund = fund();
        Api secretariat = secretariat();
        String page = "/financing/funds/" + fund;
        assertThat(secretariat.get(page).body()).contains("id=\"form-member\"");
        var answer = secretariat.submitForm(page, page + "/members",
                Map.of("organisation", state("EC"), "tier", "part-2", "joinedOn", "2026-01-15"));
        assertThat(answer.header("Location")).endsWith(page + "#form-member");
        assertThat(follow(secretariat, answer).body()).contains("El Estado fue admitido como miembro.");
        assertThat(members(fund)).singleElement().satisfies(m -> assertThat(m.get("tier")).isEqualTo("part-2"));
        // the same state again: the API's 409, said in words on the page, nothing written
        var again = secretariat.submitForm(page, page + "/members",
                Map.of("organisation", state("EC"), "tier", "part-1"));
        assertThat(follow(secretariat, again).body()).contains("role=\"alert\"");
        assertThat(members(fund)).hasSize(1);
    }

    @Test
    void aRefusedFormWritesNothingAndKeepsWhatWasTypedWithEachFieldsMessage() {
        String fund = fund();
        Api secretariat = secretariat();
        String page = "/financing/funds/" + fund;
        secretariat.submitForm(page, page + "/members", Map.of("organisation", state("EC"), "tier", "part-2"));
        String member = jdbc.sql("select id::text from financing.member where fund_id = ?::uuid").param(fund)
                .query(String.class).single();
        var refused = secretariat.submitForm(page + "?lang=es", page + "/contributions",
                Map.of("member", member, "period", "", "amount", "doce mil", "paidOn", "2026-02-30"));
        String shown = follow(secretariat, refused).body();
        assertThat(shown).contains("No se guardó nada");
        assertThat(shown).contains("id=\"contribution-amount-error\"").contains("no es un número");
        assertThat(shown).contains("id=\"contribution-paidOn-error\"").contains("AAAA-MM-DD");
        assertThat(shown).contains("id=\"contribution-period-error\"");
        assertThat(jdbc.sql("select count(*) from financing.contribution c join financing.member m on m.id = c.member_id "
                + "where m.fund_id = ?::uuid").param(fund).query(Long.class).single()).isZero();
        // the same refusal in English for an English reader
        var english = secretariat.submitForm(page + "?lang=en", page + "/contributions",
                Map.of("member", member, "period", "2026", "amount", "1e999999"));
        String inEnglish = follow(secretariat, english).body();
        assertThat(inEnglish).contains("Nothing was saved").contains("value=\"2026\"");
        // a control character is refused before any form is read (platform.web.InputBinding): a page, not a 500
        var nul = secretariat.submitForm(page, page + "/contributions",
                Map.of("member", member, "period", "20\u000026", "amount", "1"));
        assertThat(nul.status()).isEqualTo(400);
        // and the right figures are accepted
        var accepted = secretariat.submitForm(page + "?lang=es", page + "/contributions",
                Map.of("member", member, "period", "2026", "amount", "150,50", "paidOn", "2026-03-01"));
        assertThat(follow(secretariat, accepted).body()).contains("La contribución quedó registrada.");
        assertThat(Api.at(port).get("/api/v1/financing/funds/" + fund + "/balance").json().get("paid")
                .decimalValue()).isEqualByComparingTo("150.50");
    }

    @Test
    void anApplicantDraftsAndSubmitsAProposalAndTheSecretariatTakesItToADecision() {
        String fund = fund();
        Api secretariat = secretariat();
        String fundPage = "/financing/funds/" + fund;
        secretariat.submitForm(fundPage, fundPage + "/members", Map.of("organisation", state("EC"), "tier", "part-2"));
        secretariat.submitForm(fundPage, fundPage + "/members", Map.of("organisation", state("ES"), "tier", "part-1"));
        String ec = jdbc.sql("select id::text from financing.member where fund_id = ?::uuid and organisation_id = ?::uuid")
                .param(fund).param(state("EC")).query(String.class).single();
        secretariat.submitForm(fundPage, fundPage + "/contributions",
                Map.of("member", ec, "period", "2026", "amount", "200"));

        Api ecuador = signedIn(DemoAccounts.byEmail("ecuador@pacto.demo"));
        assertThat(ecuador.get(fundPage).body()).contains("/proposals/new").doesNotContain("id=\"form-member\"");
        String formPage = fundPage + "/proposals/new";
        assertThat(ecuador.get(formPage).status()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lead", ec);
        form.put("title", "Certificar competencias de retornados");
        form.put("summary", "Una ventanilla común de certificación.");
        form.put("window", "skills-development");
        form.put("objectives", "18");
        form.put("activities", "Evaluación de competencias");
        form.put("budget[0].label", "Asistencia técnica");
        form.put("budget[0].amount", "120");
        form.put("budget[1].label", "Evaluación");
        form.put("budget[1].amount", "30.5");
        form.put("results[0].outcome", "Certificación");
        form.put("results[0].indicator", "Personas certificadas");
        form.put("results[0].baseline", "0");
        form.put("results[0].target", "500");
        form.put("genderMarker", "2");
        form.put("humanRightsMarker", "3");
        // a line without its amount: refused, and everything typed comes back
        var missing = new LinkedHashMap<>(form);
        missing.put("budget[1].amount", "");
        String back = follow(ecuador, ecuador.submitForm(formPage, fundPage + "/proposals", missing)).body();
        assertThat(back).contains("id=\"proposal-budget-1-amount-error\"")
                .contains("value=\"Certificar competencias de retornados\"").contains("value=\"Asistencia técnica\"");
        assertThat(jdbc.sql("select count(*) from financing.proposal where fund_id = ?::uuid").param(fund)
                .query(Long.class).single()).isZero();

        var drafted = ecuador.submitForm(formPage, fundPage + "/proposals", form);
        assertThat(drafted.header("Location")).contains("/financing/proposals/").contains("done=proposal");
        String proposalPage = drafted.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        String id = proposalPage.substring(proposalPage.lastIndexOf('/') + 1);
        assertThat(ecuador.get(proposalPage).body()).contains("id=\"form-submit\"");
        assertThat(Api.at(port).get(proposalPage).status()).isEqualTo(404);
        follow(ecuador, ecuador.submitForm(proposalPage, proposalPage + "/submit", Map.of()));
        assertThat(Api.at(port).get("/api/v1/financing/proposals/" + id).json().get("status").asString())
                .isEqualTo("submitted");
        assertThat(Api.at(port).get(proposalPage).body()).doesNotContain("<form class=\"form-box\"");

        // a grant before the decision: the API's proposal-not-approved, in words, nothing written
        var early = secretariat.submitForm(proposalPage, proposalPage + "/grant", Map.of("amount", "100"));
        assertThat(follow(secretariat, early).body()).contains("role=\"alert\"");
        assertThat(jdbc.sql("select count(*) from financing.grant_award where proposal_id = ?::uuid").param(id)
                .query(Long.class).single()).isZero();

        follow(secretariat, secretariat.submitForm(proposalPage, proposalPage + "/appraisal",
                Map.of("score", "85", "remarks", "Cumple los criterios publicados")));
        var convened = secretariat.submitForm(fundPage, fundPage + "/meetings",
                Map.of("date", java.time.LocalDate.now().toString(), "proposals", id));
        assertThat(follow(secretariat, convened).body()).contains("La reunión fue convocada.");
        String meeting = jdbc.sql("select id::text from financing.meeting where fund_id = ?::uuid").param(fund)
                .query(String.class).single();
        String meetingPage = "/financing/meetings/" + meeting;
        assertThat(secretariat.get(meetingPage).body()).contains("id=\"form-vote\"");
        follow(secretariat, secretariat.submitForm(meetingPage, meetingPage + "/votes",
                Map.of("member", ec, "proposal", id, "vote", "yes")));
        String es = jdbc.sql("select id::text from financing.member where fund_id = ?::uuid and organisation_id = ?::uuid")
                .param(fund).param(state("ES")).query(String.class).single();
        follow(secretariat, secretariat.submitForm(meetingPage, meetingPage + "/votes",
                Map.of("member", es, "proposal", id, "vote", "abstain")));
        String closed = follow(secretariat, secretariat.submitForm(meetingPage, meetingPage + "/close", Map.of()))
                .body();
        assertThat(closed).contains("La reunión quedó cerrada").doesNotContain("id=\"form-vote\"");
        assertThat(Api.at(port).get("/api/v1/financing/proposals/" + id).json().get("status").asString())
                .isEqualTo("approved");

        // 150.50 asked, 200 available: committed through the form
        var committed = secretariat.submitForm(proposalPage, proposalPage + "/grant", Map.of("amount", "150.50"));
        assertThat(follow(secretariat, committed).body()).contains("La subvención quedó comprometida.");
        assertThat(Api.at(port).get("/api/v1/financing/funds/" + fund + "/balance").json().get("available")
                .decimalValue()).isEqualByComparingTo("49.50");
    }

    @Test
    void aVisitorSeesNoFormAndCannotPostOne() {
        String fund = fund();
        String page = "/financing/funds/" + fund;
        Api visitor = Api.at(port);
        assertThat(visitor.get(page).body()).doesNotContain("<form class=\"form-box\"").doesNotContain("/proposals/new");
        var posted = visitor.submitForm(page, page + "/members", Map.of("organisation", state("EC"), "tier", "part-2"));
        assertThat(posted.status()).isIn(302, 401, 403);
        if (posted.status() == 302) {
            assertThat(posted.header("Location")).contains("/login");
        }
        assertThat(members(fund)).isEmpty();
        // someone signed in without the secretariat's role is refused too
        Api quilmes = signedIn(DemoAccounts.byEmail("quilmes@pacto.demo"));
        assertThat(quilmes.submitForm(page, page + "/members", Map.of("organisation", state("EC"), "tier", "part-2"))
                .status()).isEqualTo(403);
        assertThat(quilmes.get(page + "/proposals/new").status()).isEqualTo(403);
        assertThat(members(fund)).isEmpty();
    }
}
