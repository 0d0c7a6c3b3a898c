package org.pacto.platform.web.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's document, produced by the running application, passes Redocly CLI's recommended ruleset with
 * no error and no warning other than those switched off, with a reason, in {@code redocly.yaml}
 * (issue 18). The document is kept in {@code target/openapi.json} for the other checks and for people.
 */
@PactoTest
class ApiDocumentLintTest {

    @LocalServerPort
    int port;

    @Test
    void theDocumentPassesTheRecommendedRuleset() throws Exception {
        var answer = Api.at(port).get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        Path document = Path.of("target/openapi.json");
        Files.createDirectories(document.getParent());
        Files.writeString(document, answer.body());

        Path report = Path.of("target/redocly-lint.json");
        var result = Redocly.run(List.of("lint", "--config", "redocly.yaml", "--format", "json",
                document.toString()), report);
        var totals = JsonMapper.builder().build().readTree(Files.readString(report)).get("totals");
        assertThat(totals.get("errors").asInt()).as("Redocly errors (see target/redocly-lint.txt)\n" + result.output())
                .isZero();
        assertThat(totals.get("warnings").asInt()).as("Redocly warnings without a reason in redocly.yaml\n"
                + result.output()).isZero();
    }
}
