package org.pacto.platform.web.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The {@code curl} examples of the reference page's "getting started", run exactly as the page shows them
 * ({@code apidoc/getting-started.sh}, one source for both) with bash and curl against the running
 * application, with a demo focal point's token and a pledge of its organisation published for the purpose:
 * each answers the status and a piece of the body it promises. curl's {@code --write-out} comes from a
 * {@code .curlrc} of the test's own, so the commands are not changed to be tested.
 */
@PactoTest
class GettingStartedExamplesTest {

    @LocalServerPort
    int port;

    @Test
    void theExamplesCoverTheStepsAnIntegratorTakesFirst() {
        assertThat(GettingStarted.examples()).extracting(GettingStarted.Example::step)
                .containsExactly("token", "me", "search", "progress", "batch");
    }

    @Test
    void everyExampleAnswersAsThePageSays() throws Exception {
        String token = DemoAccounts.withRole("focal-point").token();
        String pledge = publishedPledge(token);
        String target = Api.at(port).withToken(token).get("/api/v1/pledges/" + pledge).json()
                .get("targets").get(0).get("id").asString();
        Path home = Files.createTempDirectory("curl");
        Files.writeString(home.resolve(".curlrc"), "write-out = \"\\n%{http_code}\"\n");
        int run = 0;
        for (var example : GettingStarted.examples()) {
            if (example.expectedStatus() == null) {
                continue;
            }
            var process = new ProcessBuilder("bash", "-c", example.command()).redirectErrorStream(true);
            process.environment().putAll(Map.of("PACTO", "http://localhost:" + port, "TOKEN", token,
                    "PLEDGE", pledge, "TARGET", target, "CURL_HOME", home.toString()));
            Process running = process.start();
            String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(running.waitFor(2, TimeUnit.MINUTES)).isTrue();
            String status = output.substring(output.lastIndexOf('\n') + 1).strip();
            String body = output.substring(0, Math.max(0, output.lastIndexOf('\n')));
            assertThat(status).as("%s answered:\n%s", example.step(), output)
                    .isEqualTo(String.valueOf(example.expectedStatus()));
            assertThat(body).as(example.step()).contains(example.expectedText());
            run++;
        }
        assertThat(run).isEqualTo(4);
    }

    /** A pledge of the focal point's organisation, made and published for this test only. */
    private String publishedPledge(String token) {
        var focalPoint = Api.at(port).withToken(token);
        var body = Map.<String, Object>ofEntries(Map.entry("language", "es"),
                Map.entry("title", "Mesa de orientación migrante " + System.nanoTime()),
                Map.entry("description", "La municipalidad abre una mesa de orientación para personas migrantes en "
                        + "dos barrios y publica cada trimestre cuántas consultas atendió, de qué tipo y con qué "
                        + "resultado, para que la ciudadanía pueda seguir el avance del compromiso y proponer "
                        + "mejoras al servicio municipal de migraciones, con atención en español, portugués y creole "
                        + "y un informe anual abierto."),
                Map.entry("need", "Nadie sabía a qué oficina acudir para cada trámite."),
                Map.entry("type", "individual"), Map.entry("nature", List.of("process")),
                Map.entry("objectives", List.of(15)), Map.entry("principles", List.of("people-centred")),
                Map.entry("countries", List.of("AR")), Map.entry("startDate", "2026-01-01"),
                Map.entry("deadline", "2027-12-31"),
                Map.entry("targets", List.of(Map.of("name", "Consultas atendidas", "unit", "consultas",
                        "baseline", 0, "target", 1000))),
                Map.entry("contacts", List.of(Map.of("name", "Contacto de prueba",
                        "email", "contacto@quilmes.example"))));
        var created = focalPoint.post("/api/v1/pledges", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(focalPoint.post("/api/v1/pledges/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        var secretariat = Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
        assertThat(secretariat.post("/api/v1/pledges/" + id + "/decision", Map.of("decision", "publish")).status())
                .isEqualTo(200);
        return id;
    }
}
