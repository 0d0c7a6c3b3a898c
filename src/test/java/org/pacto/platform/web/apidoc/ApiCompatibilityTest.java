package org.pacto.platform.web.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running document against the last released one ({@code docs/openapi/pacto-v1.json}): every breaking
 * change ({@link ApiCompatibility}) must be recorded in {@code docs/api-changes.md}. To release the current
 * document (after recording its changes), run
 * {@code mvn -o test -Dtest=ApiCompatibilityTest -Dpacto.api.release=true}: it writes the file the
 * generated-client build and this test read.
 */
@PactoTest
class ApiCompatibilityTest {

    static final Path RELEASED = Path.of("docs/openapi/pacto-v1.json");
    static final Path CHANGES = Path.of("docs/api-changes.md");
    private static final Pattern QUOTED = Pattern.compile("`([a-z-]+ [A-Z]+ /[^`]+)`");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    @Test
    void noBreakingChangeOutsideTheChangeLog() throws Exception {
        JsonNode current = Api.at(port).get("/v3/api-docs").json();
        if (Boolean.getBoolean("pacto.api.release")) {
            Files.createDirectories(RELEASED.getParent());
            Files.writeString(RELEASED, JSON.writeValueAsString(current) + "\n");
        }
        JsonNode released = JSON.readTree(Files.readString(RELEASED));
        Set<String> recorded = recorded();
        Set<String> unrecorded = ApiCompatibility.breakingChanges(released, current).stream()
                .filter(change -> !recorded.contains(change)).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(unrecorded).as("breaking changes against %s not recorded in %s", RELEASED, CHANGES).isEmpty();
    }

    static Set<String> recorded() throws java.io.IOException {
        Matcher m = QUOTED.matcher(Files.readString(CHANGES));
        Set<String> quoted = new java.util.HashSet<>();
        while (m.find()) {
            quoted.add(m.group(1));
        }
        return quoted;
    }
}
