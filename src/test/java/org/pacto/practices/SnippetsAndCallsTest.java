package org.pacto.practices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@PactoTest
class SnippetsAndCallsTest {

    @LocalServerPort
    int port;

    @Test
    void aSubmissionAnswersACallAndSearchCountsIt() {
        var secretariat = Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
        var focal = Api.at(port).withToken(DemoAccounts.withRole("focal-point").token());
        assertThat(focal.post("/api/v1/calls", Map.of("title", "Salud", "deadline", "2030-01-01")).status())
                .isEqualTo(403);
        var refused = secretariat.post("/api/v1/calls", Map.of("title", "Salud"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("deadline");
        var call = secretariat.post("/api/v1/calls", Map.of("title", "Salud de personas migrantes", "theme", "health",
                "deadline", "2030-01-01", "featured", true));
        assertThat(call.status()).isEqualTo(201);
        String callId = call.json().get("id").asString();
        assertThat(Api.at(port).get("/api/v1/calls").body()).contains(callId);
        var body = new HashMap<>(PracticeFixtures.practice("Respuesta a la convocatoria de salud"));
        body.put("call", callId);
        assertThat(focal.post("/api/v1/practices", body).status()).isEqualTo(201);
        body.put("call", "00000000-0000-0000-0000-000000000000");
        var unknown = focal.post("/api/v1/practices", body);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("code").asString()).isEqualTo("unknown-call");
    }

    @Test
    void snippetsMarkAccentedInflectedAndMistypedWords() {
        var answer = Api.at(port).get("/api/v1/practices?q=consulaod%20movil&size=5").json();
        List<String> marked = new java.util.ArrayList<>();
        answer.get("items").forEach(i -> marked.add(i.get("titleHighlights").toString()));
        assertThat(marked).anyMatch(t -> t.contains("<mark>Consulados</mark> <mark>móviles</mark>"));
    }
}
