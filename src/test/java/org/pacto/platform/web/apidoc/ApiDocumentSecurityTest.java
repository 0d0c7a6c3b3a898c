package org.pacto.platform.web.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The document says the truth about tokens: every operation it marks as needing the {@code bearer} token
 * answers 401 to an anonymous call, and every operation it marks public does not (identity's
 * SecurityConfiguration and the controllers' {@code @PreAuthorize} decide; the document is derived from them
 * by {@code OperationConventions}). Anonymous calls go to ids that do not exist, with an empty body, so
 * nothing is written.
 */
@PactoTest
class ApiDocumentSecurityTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;

    @Test
    void everyOperationMarkedForATokenRefusesAnonymousCallsAndNoPublicOneDoes() {
        Api anonymous = Api.at(port);
        JsonNode document = anonymous.get("/v3/api-docs").json();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                boolean needsToken = needsToken(operation.getValue());
                String url = fill(path.getKey(), operation.getValue());
                var answer = method.equals("GET") ? anonymous.get(url) : anonymous.send(method, url, "{}");
                checked++;
                if (needsToken != (answer.status() == 401)) {
                    wrong.add(method + " " + path.getKey() + ": documented " + (needsToken ? "bearer" : "public")
                            + ", anonymous call answered " + answer.status());
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    /** Needs a token unless one of its security requirements is empty (anonymous allowed). */
    static boolean needsToken(JsonNode operation) {
        JsonNode security = operation.get("security");
        assertThat(security).as("every operation states its security").isNotNull();
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Path variables get values of their type that name nothing. */
    static String fill(String template, JsonNode operation) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String type = "string";
            for (JsonNode parameter : operation.path("parameters")) {
                if (m.group(1).equals(parameter.path("name").asString())) {
                    type = parameter.path("schema").path("type").asString("string");
                }
            }
            m.appendReplacement(url, type.equals("integer") ? "999" : UUID.randomUUID().toString());
        }
        m.appendTail(url);
        return url.toString();
    }
}
