package org.pacto.pledges;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.platform.Outbox;
import org.pacto.pledges.reminders.PledgeReminders;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PactoTest
class PledgePagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PledgeReminders reminders;
    @Autowired
    Outbox outbox;

    String idOf(String query) {
        return Api.at(port).get("/api/v1/pledges?q=" + query).json().get("items").get(0).get("id").asString();
    }

    Api signedIn(DemoAccounts.Account account) {
        var session = Api.at(port);
        var login = session.submitForm("/login", "/login", Map.of("username", account.email(),
                "password", account.password()));
        assertThat(login.status()).isEqualTo(302);
        return session;
    }

    @Test
    void theDashboardShowsTotalsChartsOverdueAndTheList() {
        var page = Api.at(port).get("/pledges?lang=es");
        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        // charts drawn on the server (issue 19): SVG with a tooltip per bar and the data table, no chart library
        assertThat(html).contains("Iniciativa de Compromisos", "class=\"chart-svg\"", "<title>Obj. 1: ",
                "Ver los datos", "Compromisos vencidos", "Somos Familia");
        assertThat(html).doesNotContain("echarts", "/js/pledges.js");
        assertThat(html).doesNotContain("<script>", "style=\"");
        assertThat(html).doesNotContain("Formación de referentes de las colectividades"); // a draft
    }

    @Test
    void filtersLiveInTheUrlAndCombine() {
        String html = Api.at(port).get("/pledges?lang=es&country=AR&nature=financial").body();
        assertThat(html).contains("Fondo municipal de capital semilla").doesNotContain("Somos Familia");
        // the charts are drawn from the filtered facets on the server; the downloads carry the filters
        assertThat(html).contains("/api/v1/pledges.csv?nature=financial&amp;country=AR");
        assertThat(html).contains("name=\"country\" maxlength=\"2\" autocomplete=\"off\" value=\"AR\"");
        assertThat(html).contains("<option value=\"financial\" selected=\"selected\"");
    }

    @Test
    void theMapPageAndItsShapesAreServed() {
        var page = Api.at(port).get("/pledges/map?lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Map of pledges", "data-leaflet-js=\"/webjars/leaflet/dist/leaflet-", "data-shapes");
        // Leaflet loads when the map comes into view (static/js/pledges.js), not with the page
        assertThat(page.body()).doesNotContain("<script src=\"/webjars/leaflet");
        var shapes = Api.at(port).get("/geo/countries-110m.geojson");
        assertThat(shapes.status()).isEqualTo(200);
        assertThat(shapes.body()).contains("\"id\":\"AR\"", "FeatureCollection");
    }

    @Test
    void aPledgePageShowsEverything() {
        String id = idOf("Balón");
        var page = Api.at(port).get("/pledges/" + id + "?lang=es");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Cofirmantes", "Municipalidad de Lima", "Cómo se calcula el cumplimiento",
                "clamp((", "class=\"chart-svg\"", "Línea de base", "Informes de avance");
        String english = Api.at(port).get("/pledges/" + idOf("Yearly+dialogue") + "?lang=en").body();
        assertThat(english).contains("Yearly dialogue", "Co-signatories");
        String matching = Api.at(port).get("/pledges/" + idOf("Contrapartida+empresarial") + "?lang=es").body();
        assertThat(matching).contains("Complementa a");
        String draft = jdbc.sql("select id::text from pledges.pledge where status = 'draft' limit 1")
                .query(String.class).single();
        assertThat(Api.at(port).get("/pledges/" + draft).status()).isEqualTo(404);
    }

    @Test
    void objectivePagesListTheirPledges() {
        assertThat(Api.at(port).get("/objectives/23?lang=es").body()).contains("Compromisos con este objetivo",
                "Diálogo anual entre el Mecanismo");
    }

    @Test
    void aFocalPointCreatesSubmitsAndReportsThroughForms() {
        var focal = signedIn(DemoAccounts.withRole("focal-point"));
        assertThat(focal.get("/pledges/new?lang=es").status()).isEqualTo(200);
        long before = jdbc.sql("select count(*) from pledges.pledge").query(Long.class).single();
        var invalid = focal.submitForm("/pledges/new?lang=es", "/pledges/new?lang=es", Map.of("language", "es",
                "title", "Huertas comunitarias", "description", "Muy corto", "type", "individual",
                "nature", "process", "objectives", "16", "countries", "AR", "deadline", "2028-12-31"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("al menos 300 caracteres", "Un compromiso necesita al menos una meta medible",
                "aria-invalid=\"true\"", "Huertas comunitarias");
        assertThat(jdbc.sql("select count(*) from pledges.pledge").query(Long.class).single()).isEqualTo(before);

        var fields = new java.util.HashMap<String, String>(Map.of("language", "es", "title", "Huertas comunitarias "
                        + System.nanoTime(), "description", PledgeFixture.DESCRIPTION, "type", "individual",
                "nature", "process", "objectives", "16", "countries", "AR", "deadline", "2028-12-31"));
        fields.putAll(Map.of("targets[0].name", "Huertas", "targets[0].unit", "huertas", "targets[0].baseline", "0",
                "targets[0].target", "10"));
        var created = focal.submitForm("/pledges/new", "/pledges/new", fields);
        assertThat(created.status()).isEqualTo(302);
        String location = created.header("Location");
        assertThat(location).contains("/pledges/").contains("?created");
        String path = location.substring(location.indexOf("/pledges/"), location.indexOf('?'));
        var submitted = focal.submitForm(path, path + "/submit", Map.of());
        assertThat(submitted.status()).isEqualTo(302);
        assertThat(jdbc.sql("select status from pledges.pledge where id = :id::uuid")
                .param("id", path.substring("/pledges/".length())).query(String.class).single()).isEqualTo("submitted");

        var secretariat = signedIn(DemoAccounts.withRole("secretariat"));
        assertThat(secretariat.get(path + "?lang=es").body()).contains("Decisión de la secretaría");
        assertThat(secretariat.submitForm(path, path + "/decision", Map.of("decision", "publish")).status())
                .isEqualTo(302);

        String target = Api.at(port).get("/api/v1" + path).json().get("targets").get(0).get("id").asString();
        var report = focal.submitForm(path, path + "/progress", Map.of("date", "2026-10-01",
                "narrative", "Cuatro huertas en marcha.", "value." + target, "4"));
        assertThat(report.status()).isEqualTo(302);
        assertThat(Api.at(port).get("/api/v1" + path).json().get("fulfilment").asDouble()).isEqualTo(40.0);
    }

    @Test
    void remindersGoToTheFocalPointWhenTheDeadlineNearsOrReportsStop() {
        var seed = Api.at(port).get("/api/v1/pledges/" + idOf("capital+semilla")).json();
        LocalDate deadline = LocalDate.parse(seed.get("deadline").asString());
        String focal = DemoAccounts.withRole("focal-point").email();
        int before = outbox.to(focal).size();
        assertThat(reminders.remind(deadline.minusDays(30))).isGreaterThanOrEqualTo(1);
        assertThat(outbox.to(focal)).hasSizeGreaterThan(before);
        assertThat(outbox.to(focal).getFirst().subject()).contains("Fondo municipal de capital semilla");
        assertThat(reminders.remind(deadline.minusDays(29))).isZero();

        LocalDate last = LocalDate.parse(seed.get("lastReport").asString());
        int stale = reminders.remind(last.plusMonths(12));
        assertThat(stale).isGreaterThanOrEqualTo(1);
        assertThat(outbox.to(focal).getFirst().body()).contains("12");
    }
}
