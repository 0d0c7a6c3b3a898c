package org.pacto.portability.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The portability pages over real HTTP, without JavaScript. */
@PactoTest
class PortabilityPagesTest {

    @LocalServerPort
    int port;

    @Test
    void whichAgreementProtectsMe() {
        var page = Api.at(port).get("/portability?countries=ES&countries=EC&countries=JP");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("¿Qué acuerdo me protege?", "/portability/agreements/cmiss",
                "/portability/agreements/es-ec", "Asistencia sanitaria", "Documentos");
        assertThat(page.body()).contains("Sin acuerdo entre");
        var english = Api.at(port).get("/portability?countries=AR&countries=BR&lang=en");
        assertThat(english.body()).contains("Which agreement protects me?", "/portability/agreements/mercosur");
        assertThat(page.body()).contains("Instituto Nacional de la Seguridad Social (INSS)",
                "Instituto Ecuatoriano de Seguridad Social (IESS)", "país donde reside",
                "CMISS Implementation Agreement");
        assertThat(english.body()).contains("Administración Nacional de la Seguridad Social (ANSES)",
                "Instituto Nacional do Seguro Social (INSS)", "country where you live");
    }

    @Test
    void withoutAnAgreementTheLandingPageListsWhatThePersonCanStillDo() {
        var spanish = Api.at(port).get("/portability?countries=EC&countries=US").body();
        assertThat(spanish).contains("Lo que todavía puede hacer", "afiliación voluntaria al IESS",
                "Inscripción en el consulado", "C.D. 467");
        var portuguese = Api.at(port).get("/portability?countries=CR&countries=ES&lang=pt").body();
        assertThat(portuguese).contains("O que ainda pode fazer", "assinado, mas não aplicado");
        assertThat(Api.at(port).get("/portability?countries=EC&countries=ES").body())
                .doesNotContain("Lo que todavía puede hacer");
        assertThat(Api.at(port).get("/portability/agreements/cmiss?lang=fr").body())
                .contains("États signataires où il ne s&#39;applique pas", "signé");
    }

    @Test
    void agreementPagesNameTheInstitutionsOrSendToTheLiaisonInstitution() {
        var cmiss = Api.at(port).get("/portability/agreements/cmiss").body();
        assertThat(cmiss).contains("Colpensiones", "Banco de Previsión Social (BPS)", "Superintendencia de Pensiones",
                "Consulte a la institución de enlace");
        var eu = Api.at(port).get("/portability/agreements/eu-883-2004?lang=en").body();
        assertThat(eu).contains("Regulation (EC) 987/2009 art. 45(4)", "Deutsche Rentenversicherung",
                "last country whose legislation applied");
        assertThat(Api.at(port).get("/portability/agreements/caricom").body())
                .contains("No tenemos una fuente segura sobre el procedimiento");
    }

    @Test
    void theCalculatorAddsRemovesAndCalculatesWithoutJavaScript() {
        var api = Api.at(port);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("birthDate", "1959-03-10");
        form.put("sex", "female");
        form.put("benefit", "old-age");
        form.put("claimDate", "2026-06-01");
        form.put("claimCountry", "ES");
        form.put("periods[0].country", "EC");
        form.put("periods[0].from", "1980-01-01");
        form.put("periods[0].to", "1991-12-31");
        form.put("periods[0].kind", "compulsory");
        form.put("periods[1].country", "ES");
        form.put("periods[1].from", "2000-01-01");
        form.put("periods[1].to", "2025-12-31");
        form.put("periods[1].kind", "compulsory");

        var added = api.submitForm("/portability/calculator", "/portability/calculator", with(form, "action", "add"));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains("periods[2].country").contains("Salario de referencia en España");

        form.put("wages[ES]", "1200");
        var result = api.submitForm("/portability/calculator", "/portability/calculator",
                with(form, "action", "calculate"));
        // the periods are drawn on the server as SVG (issue 19); scripts have content-hashed addresses
        assertThat(result.body()).contains("Resultado por país", "Monto que corresponde", "EUR", "<svg",
                "CMISS", "/js/portability-");
        assertThat(result.body()).as("the same page carries the htmx regions: one answer for both paths")
                .contains("hx-post=\"/portability/calculator\"", "id=\"calculator-output\"",
                        "id=\"calculator-problems\"", "id=\"calculator-wages\"");

        var removed = api.submitForm("/portability/calculator", "/portability/calculator", with(form, "remove", "0"));
        assertThat(removed.body()).doesNotContain("periods[1].country").contains("value=\"ES\" selected");

        form.put("periods[0].to", "1970-01-01");
        var invalid = api.submitForm("/portability/calculator", "/portability/calculator",
                with(form, "action", "calculate"));
        assertThat(invalid.body()).contains("href=\"#periods0.to\"", "El período termina antes de empezar.");
    }

    @Test
    void aSignedInPersonSavesACalculationAndOnlyTheyCanReadIt() {
        var account = DemoAccounts.all().get(2);
        var session = Api.at(port);
        session.submitForm("/login", "/login", Map.of("username", account.email(), "password", account.password()));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("birthDate", "1959-03-10");
        form.put("sex", "female");
        form.put("benefit", "old-age");
        form.put("claimDate", "2026-06-01");
        form.put("claimCountry", "ES");
        form.put("periods[0].country", "EC");
        form.put("periods[0].from", "1980-01-01");
        form.put("periods[0].to", "1991-12-31");
        form.put("periods[1].country", "ES");
        form.put("periods[1].from", "2000-01-01");
        form.put("periods[1].to", "2025-12-31");
        form.put("wages[ES]", "1200");
        var calculated = session.submitForm("/portability/calculator", "/portability/calculator",
                with(form, "action", "calculate"));
        assertThat(calculated.body()).contains("Guardar este cálculo");
        var saved = session.submitForm("/portability/calculator", "/portability/calculator/save",
                with(form, "name", "Mi carrera en Ecuador y España"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("Guardado como «Mi carrera en Ecuador y España»");
        var list = session.get("/portability/saved");
        var matcher = java.util.regex.Pattern.compile("href=\"(/portability/saved/[0-9a-f-]{36})\"").matcher(list.body());
        assertThat(matcher.find()).isTrue();
        String href = matcher.group(1);
        assertThat(session.get(href).body()).contains("Mi carrera en Ecuador y España", "Monto que corresponde");
        assertThat(Api.at(port).get(href).status()).isEqualTo(302);
        assertThat(Api.at(port).get("/portability/calculator").body()).doesNotContain("Guardar este cálculo");

        assertThat(session.get(href).body()).contains("Borrar este cálculo");
        var deleted = session.submitForm(href, href + "/delete", Map.of("reason", ""));
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(deleted.header("Location")).endsWith("/portability/saved?deleted");
        assertThat(session.get("/portability/saved?deleted").body()).contains("El cálculo fue borrado.")
                .doesNotContain(href + "\"");
        assertThat(session.get(href).status()).isEqualTo(404);
    }

    @Test
    void agreementAndCountryPagesCiteTheirSources() {
        var cmiss = Api.at(port).get("/portability/agreements/cmiss");
        assertThat(cmiss.status()).isEqualTo(200);
        assertThat(cmiss.body()).contains("2023-08-01", "CMISS art. 13.1", "/portability/countries/ES");
        var spain = Api.at(port).get("/portability/countries/ES");
        assertThat(spain.body()).contains("LGSS art. 205.1.b", "EUR");
        assertThat(Api.at(port).get("/portability/agreements/nada").status()).isEqualTo(404);
    }

    @Test
    void objectiveTwentyTwoLinksHere() {
        var objective = Api.at(port).get("/objectives/22");
        assertThat(objective.body()).contains("Portabilidad de la seguridad social", "href=\"/portability\"",
                "href=\"/portability/calculator\"");
    }

    private static Map<String, String> with(Map<String, String> form, String key, String value) {
        var copy = new LinkedHashMap<>(form);
        copy.put(key, value);
        return copy;
    }
}
