package org.pacto.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13's second part over real HTTP: the returnee intake (who records it, who reads what, sealed notes that
 * reach no log, audit entry or event, erasure) and the printed card (a PDF for the issuing desk only, audited,
 * whose verification link still says only the status).
 */
@PactoTest
@ExtendWith(OutputCaptureExtension.class)
class ReturneeAndPrintedCardApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Api anonymous() {
        return Api.at(port);
    }

    private Api as(String email) {
        return Api.at(port).withToken(DemoAccounts.byEmail(email).token());
    }

    private Api caseworker() {
        return as("gestora.quilmes@pacto.demo");
    }

    private Api supervisor() {
        return as("supervisor.quilmes@pacto.demo");
    }

    private Api receiver() {
        return as("gestor.colectividades@pacto.demo");
    }

    private String openCase() {
        var opened = caseworker().post("/api/v1/cases", Map.of("name", "Persona Retornada Sintética", "sex", "male",
                "ageBand", "25-59", "languages", List.of("es"), "needs", List.of("returnee")));
        assertThat(opened.status()).isEqualTo(201);
        return opened.json().path("id").asString();
    }

    private Map<String, Object> intake(String notes) {
        String point = anonymous().get("/api/v1/services/points?service=returnee-reintegration&size=1").json()
                .path("items").get(0).path("id").asString();
        return Map.of("returnedOn", "2026-10-30", "needs", List.of("documentation", "employment"),
                "skills", List.of("7112", "6111"), "psychosocialSupport", "offered", "notes", notes,
                "plan", List.of(Map.of("service", "documentation", "point", point, "due", "2026-12-20"),
                        Map.of("service", "employment", "status", "planned")));
    }

    @Test
    void theOwnerRecordsTheIntakeAReceiverReadsItWithoutNotesAndNoOneElseSeesIt(CapturedOutput output) {
        String id = openCase();
        String path = "/api/v1/cases/" + id + "/returnee-intake";
        String notes = "Notas-Únicas " + System.nanoTime();

        assertThat(anonymous().put(path, intake(notes)).status()).isEqualTo(401);
        assertThat(anonymous().get(path + "?reason=x").status()).isEqualTo(401);
        assertThat(receiver().put(path, intake(notes)).status()).as("not referred: as if absent").isEqualTo(404);
        assertThat(as("quilmes@pacto.demo").put(path, intake(notes)).status()).as("not case staff").isEqualTo(403);
        assertThat(caseworker().get(path + "?reason=x").status()).as("no intake yet").isEqualTo(404);

        var created = caseworker().put(path, intake(notes));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("notes").asString()).isEqualTo(notes);
        assertThat(created.json().path("plan").get(0).path("pointName").asString()).isNotBlank();
        assertThat(created.json().path("skills").toString()).contains("7112", "6111");
        assertThat(supervisor().put(path, intake(notes)).status()).as("recorded again").isEqualTo(200);
        assertThat(caseworker().get(path).status()).as("a reason is required").isEqualTo(400);
        var own = caseworker().get(path + "?reason=seguimiento");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("psychosocialSupport").asString()).isEqualTo("offered");
        assertThat(own.json().path("plan").size()).isEqualTo(2);

        assertThat(receiver().get(path + "?reason=x").status()).as("not yet referred").isEqualTo(404);
        String to = receiver().get("/api/v1/me").json().path("organisation").path("id").asString();
        assertThat(caseworker().post("/api/v1/cases/" + id + "/referrals", Map.of("to", to, "reason",
                "Empleo", "urgency", "routine", "consent", true)).status()).isEqualTo(201);
        var received = receiver().get(path + "?reason=recepci%C3%B3n");
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.json().path("needs").toString()).contains("employment");
        assertThat(received.json().path("notes").isNull()).isTrue();
        assertThat(received.json().path("returnedOn").isNull()).isTrue();
        assertThat(received.body()).doesNotContain(notes);
        assertThat(receiver().put(path, intake("x")).status()).as("only the owner records").isEqualTo(403);

        // the notes are ciphertext at rest and reach no audit entry, event or log line; reads are audited with why
        byte[] sealed = jdbc.sql("select notes from services.returnee_intake where case_id = cast(:id as uuid)")
                .param("id", id).query(byte[].class).single();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Notas");
        assertThat(jdbc.sql("select count(*) from platform.audit_event where changes::text like :n")
                .param("n", "%Notas-Únicas%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from platform.event_publication where serialized_event like :n")
                .param("n", "%Notas-Únicas%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from platform.audit_event where record_type = 'services.returnee-intake'
                and record_id = :id and action = 'read-personal-data' and changes->>'purpose' = 'recepción'""")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain(notes);

        // the person's export carries the intake; erasure takes the notes away
        assertThat(caseworker().get("/api/v1/cases/" + id + "/export?reason=pedido").body()).contains(notes);
        assertThat(caseworker().post("/api/v1/cases/" + id + "/erasure", Map.of("reason", "pedido")).status())
                .isEqualTo(204);
        var erased = caseworker().get(path + "?reason=control");
        assertThat(erased.json().path("notes").isNull()).isTrue();
        assertThat(erased.json().path("needs").toString()).contains("documentation");
        assertThat(caseworker().put(path, intake(notes)).status()).as("an erased case").isEqualTo(409);
    }

    @Test
    void aBadIntakeIsA400NamingEveryField() {
        String path = "/api/v1/cases/" + openCase() + "/returnee-intake";
        var refused = caseworker().put(path, Map.of("returnedOn", "2190-01-01", "needs", List.of("magia"),
                "skills", List.of("71"), "psychosocialSupport", "quizás",
                "plan", List.of(Map.of("service", "teletransporte", "point", "no-such-point", "status", "luego"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("returnedOn", "needs[0]", "skills[0]", "psychosocialSupport",
                "plan[0].service", "plan[0].point", "plan[0].status");
        assertThat(caseworker().put(path, Map.of()).status()).as("needs are required").isEqualTo(400);
        assertThat(caseworker().get(path + "?reason=x").status()).as("nothing was written").isEqualTo(404);
    }

    @Test
    void thePrintedCardIsAPdfForTheDeskAuditedAndItsLinkStillSaysOnlyTheStatus() throws Exception {
        var issued = caseworker().post("/api/v1/cards", Map.of("name", "Titular Impresa Sintética",
                "birthDate", "1988-07-09", "address", "Calle Falsa 456, Quilmes",
                "proofs", List.of(Map.of("kind", "passport"), Map.of("kind", "lease"))));
        assertThat(issued.status()).isEqualTo(201);
        String id = issued.json().path("id").asString();
        String verification = issued.json().path("verification").asString();
        String pdfPath = "/api/v1/cards/" + id + "/card.pdf";

        assertThat(anonymous().get(pdfPath + "?reason=x").status()).isEqualTo(401);
        assertThat(receiver().get(pdfPath + "?reason=x").status()).as("not a local authority").isEqualTo(403);
        assertThat(caseworker().get(pdfPath).status()).as("a reason is required").isEqualTo(400);

        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + pdfPath + "?reason=entrega&lang=pt"))
                .header("Authorization", "Bearer " + DemoAccounts.byEmail("supervisor.quilmes@pacto.demo").token())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c)
                .contains("no-store"));
        String text = new PdfTextExtractor(new PdfReader(response.body())).getTextFromPage(1);
        assertThat(text).contains("Titular Impresa Sintética", issued.json().path("number").asString(),
                "Municipalidad de Quilmes", verification);
        assertThat(jdbc.sql("""
                select count(*) from platform.audit_event where record_type = 'services.card' and record_id = :id
                and action = 'read-personal-data' and changes->>'purpose' = 'print: entrega'""")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        // printing again keeps the same link: the QR codes of both prints verify
        String token = verification.substring(verification.lastIndexOf('/') + 1);
        assertThat(anonymous().get("/api/v1/cards/verify/" + token).body()).isEqualTo("{\"status\":\"valid\"}");
    }
}
