package org.pacto.portability.web;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The portability API over real HTTP: public calculation, registry, national schemes and the 400 cases. */
@PactoTest
class PortabilityApiTest {

    /** Ecuador 1980-1991 then Spain 2000-2025: CMISS and the Spain–Ecuador convention both link them. */
    static final String CAREER = """
            {"person": {"birthDate": "1959-03-10", "sex": "female"},
             "claim": {"benefit": "old-age", "date": "2026-06-01", "country": "ES"},
             "periods": [{"country": "EC", "from": "1980-01-01", "to": "1991-12-31", "kind": "compulsory"},
                         {"country": "ES", "from": "2000-01-01", "to": "2025-12-31", "kind": "compulsory"}],
             "earnings": {"ES": {"referenceWage": 1200, "currency": "EUR"}}}
            """;

    @LocalServerPort
    int port;

    @Test
    void aCalculationNeedsNoTokenAndExplainsEveryCountry() {
        var response = Api.at(port).post("/api/v1/portability/calculations", CAREER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("agreements").valueStream().map(a -> a.get("code").asString()).toList())
                .contains("cmiss", "es-ec");
        JsonNode spain = result(body, "ES");
        assertThat(spain.get("eligibleAlone").asBoolean()).isTrue();
        assertThat(spain.get("currency").asString()).isEqualTo("EUR");
        assertThat(spain.get("amountDue").decimalValue().scale()).isEqualTo(2);
        assertThat(spain.get("amountDue").decimalValue()).isPositive();
        assertThat(spain.get("basis").asString()).isNotBlank();
        assertThat(spain.get("steps").size()).isGreaterThan(2);
        spain.get("steps").forEach(s -> assertThat(s.get("source").asString()).isNotBlank());
        JsonNode ecuador = result(body, "EC");
        assertThat(ecuador.get("agreement").isNull()).isFalse();
        assertThat(ecuador.get("warnings").valueStream().map(w -> w.get("code").asString()).toList())
                .contains("gap");
    }

    @Test
    void warningsAreLocalised() {
        var spanish = Api.at(port).post("/api/v1/portability/calculations", CAREER).json();
        var english = Api.at(port).post("/api/v1/portability/calculations?lang=en", CAREER).json();
        String es = firstWarning(result(spanish, "EC"), "gap");
        String en = firstWarning(result(english, "EC"), "gap");
        assertThat(es).contains("sin seguro");
        assertThat(en).contains("uninsured");
    }

    @Test
    void stepsAreSpanishByDefaultAndEnglishOnRequest() {
        JsonNode spanish = result(Api.at(port).post("/api/v1/portability/calculations", CAREER).json(), "ES");
        JsonNode english = result(Api.at(port).withHeader("Accept-Language", "en")
                .post("/api/v1/portability/calculations", CAREER).json(), "ES");
        assertThat(step(spanish, "periods").get("text").asString())
                .isEqualTo("Períodos en ES: 1 período(s), 9497 días naturales; cada día se cuenta una sola vez.");
        assertThat(step(english, "periods").get("text").asString())
                .isEqualTo("Periods in ES: 1 period(s), 9497 calendar days; each day is counted once.");
        assertThat(step(spanish, "periods").get("source").asString()).contains("987/2009");
        assertThat(step(spanish, "amount-due").get("text").asString()).startsWith("Monto que corresponde pagar a ES: ");
        assertThat(step(english, "amount-due").get("text").asString()).startsWith("Amount due from ES: ");
        assertThat(spanish.get("steps").valueStream().map(s -> s.get("text").asString()))
                .allSatisfy(t -> assertThat(t).doesNotContain("{").doesNotContain("portability."));
        assertThat(detail(result(Api.at(port).post("/api/v1/portability/calculations", CAREER).json(), "EC"), "gap"))
                .startsWith("Sin seguro registrado del 1992-01-01 al 1999-12-31");
    }

    private static JsonNode step(JsonNode result, String code) {
        return result.get("steps").valueStream().filter(s -> s.get("code").asString().equals(code))
                .findFirst().orElseThrow();
    }

    private static String detail(JsonNode result, String code) {
        return result.get("warnings").valueStream().filter(w -> w.get("code").asString().equals(code))
                .findFirst().orElseThrow().get("detail").asString();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsNamed() {
        String body = CAREER.replace("\"to\": \"1991-12-31\"", "\"to\": \"1979-12-31\"");
        assertProblem(body, "periods[0].to", "period-ends-before-start");
    }

    @Test
    void anUnknownCountryIsNamed() {
        assertProblem(CAREER.replace("\"country\": \"EC\"", "\"country\": \"XX\""), "periods[0].country",
                "unknown-country");
    }

    @Test
    void aFutureClaimDateIsRefused() {
        assertProblem(CAREER.replace("2026-06-01", "2099-01-01"), "claim.date", "future-claim-date");
    }

    @Test
    void aPeriodAfterTheClaimIsNamed() {
        String body = CAREER.replace("\"from\": \"2000-01-01\"", "\"from\": \"2026-07-01\"")
                .replace("\"to\": \"2025-12-31\"", "\"to\": \"2026-08-01\"");
        assertProblem(body, "periods[1].from", "period-after-claim-date");
    }

    @Test
    void unknownFieldsBadDatesAndMalformedJsonAreRefused() {
        assertProblem(CAREER.replace("\"sex\": \"female\"", "\"sex\": \"female\", \"nationality\": \"EC\""),
                "person.nationality", "unknown-field");
        assertProblem(CAREER.replace("1980-01-01", "1980-13-01"), "periods[0].from", "not-a-date");
        assertProblem(CAREER.replace("\"kind\": \"compulsory\"}", "\"kind\": \"informal\"}"), "periods[1].kind",
                "unknown-period-kind");
        var broken = Api.at(port).post("/api/v1/portability/calculations", "{\"person\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theRegistryOfAgreements() {
        JsonNode agreements = Api.at(port).get("/api/v1/portability/agreements").json();
        assertThat(agreements.valueStream().map(a -> a.get("code").asString()).toList())
                .contains("cmiss", "eu-883-2004", "mercosur", "caricom", "es-ec", "es-co");
        JsonNode cmiss = Api.at(port).get("/api/v1/portability/agreements/cmiss").json();
        assertThat(cmiss.get("parties").valueStream().filter(p -> p.get("country").asString().equals("CO"))
                .findFirst().orElseThrow().get("effectiveFrom").asString()).isEqualTo("2023-08-01");
        assertThat(cmiss.get("covers").valueStream().map(JsonNode::asString).toList())
                .contains("old-age", "invalidity", "survivors", "work-injury").doesNotContain("health-care");
        assertThat(cmiss.get("rules").get("choiceSource").asString()).contains("13.1");
        JsonNode apply = cmiss.get("whereToApply");
        assertThat(apply.get("rule").asString()).isEqualTo("residence-forwards");
        JsonNode spain = apply.get("parties").valueStream().filter(p -> p.get("country").asString().equals("ES"))
                .findFirst().orElseThrow();
        assertThat(spain.get("institutions").get(0).get("name").asString())
                .isEqualTo("Instituto Nacional de la Seguridad Social (INSS)");
        assertThat(Api.at(port).get("/api/v1/portability/agreements/caricom").json().get("whereToApply").isNull())
                .isTrue();
        assertThat(Api.at(port).get("/api/v1/portability/agreements/none").status()).isEqualTo(404);
    }

    @Test
    void aNationalSchemeWithItsSources() {
        JsonNode spain = Api.at(port).get("/api/v1/portability/countries/ES?date=2026-06-01").json();
        assertThat(spain.get("currency").asString()).isEqualTo("EUR");
        JsonNode rule = spain.get("rules").get(0);
        assertThat(rule.get("minimumPeriod").get("calendarDays").asLong()).isEqualTo(5475);
        assertThat(rule.get("minimumSource").asString()).contains("LGSS");
        assertThat(rule.get("formula").get("type").asString()).isEqualTo("percentage-scale");
        assertThat(spain.get("agreements").valueStream().map(JsonNode::asString).toList()).contains("cmiss");
        assertThat(Api.at(port).get("/api/v1/portability/countries/ES?date=ayer").status()).isEqualTo(400);
        assertThat(Api.at(port).get("/api/v1/portability/countries/JP").status()).isEqualTo(404);
    }

    /** Costa Rica's CCSS formula is published with its bands, its dated minimum wage and its sources. */
    @Test
    void costaRicaPublishesItsWageBandScale() {
        JsonNode rule = Api.at(port).get("/api/v1/portability/countries/CR?date=2025-06-01").json().get("rules").get(0);
        assertThat(rule.get("formula").get("type").asString()).isEqualTo("wage-band-scale");
        assertThat(rule.get("formula").get("description").asString()).contains("367108.55", "52.5", "43.0");
        assertThat(rule.get("formula").get("source").asString()).contains("art. 24", "unverified", "https://");
        assertThat(rule.get("minimumPeriod").get("calendarDays").asLong()).isEqualTo(9125);
    }

    /** Ecuador and the United States have no agreement: the answer lists what the person can still do. */
    @Test
    void withoutAnAgreementTheAnswerListsOptions() {
        String career = """
                {"person": {"birthDate": "1960-01-01", "sex": "male"},
                 "claim": {"benefit": "old-age", "date": "2026-03-01", "country": "EC"},
                 "periods": [{"country": "EC", "from": "1985-01-01", "to": "1999-12-31"},
                             {"country": "US", "from": "2000-01-01", "to": "2022-12-31"}]}
                """;
        JsonNode body = Api.at(port).post("/api/v1/portability/calculations?lang=en", career).json();
        JsonNode options = body.get("options");
        assertThat(options.valueStream().map(o -> o.get("code").asString()).toList())
                .containsExactly("ec-iess-voluntary-abroad", "consular-registration");
        JsonNode iess = options.get(0);
        assertThat(iess.get("kind").asString()).isEqualTo("voluntary-affiliation-abroad");
        assertThat(iess.get("country").asString()).isEqualTo("EC");
        assertThat(iess.get("text").asString()).contains("Ecuadorians living abroad");
        assertThat(iess.get("conditions").asString()).contains("no debts with the IESS");
        assertThat(iess.get("source").asString()).contains("C.D. 467");
        // a linked career keeps the old shape plus an empty list
        assertThat(Api.at(port).post("/api/v1/portability/calculations", CAREER).json().get("options").size())
                .isZero();
        JsonNode cmiss = Api.at(port).get("/api/v1/portability/agreements/cmiss").json();
        assertThat(cmiss.get("signatories").valueStream().map(x -> x.get("country").asString() + ":"
                + x.get("status").asString()).toList()).contains("CR:signed", "VE:signed");
    }

    private void assertProblem(String body, String field, String code) {
        var response = Api.at(port).post("/api/v1/portability/calculations", body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<Map.Entry<String, String>> errors = response.json().get("errors").valueStream()
                .map(e -> Map.entry(e.get("field").asString(), e.get("code").asString())).toList();
        assertThat(errors).contains(Map.entry(field, code));
        response.json().get("errors").forEach(e -> assertThat(e.get("message").asString()).doesNotStartWith("problem."));
    }

    static JsonNode result(JsonNode body, String country) {
        return body.get("results").valueStream().filter(r -> r.get("country").asString().equals(country))
                .findFirst().orElseThrow();
    }

    private static String firstWarning(JsonNode result, String code) {
        return result.get("warnings").valueStream().filter(w -> w.get("code").asString().equals(code))
                .findFirst().orElseThrow().get("message").asString();
    }
}
