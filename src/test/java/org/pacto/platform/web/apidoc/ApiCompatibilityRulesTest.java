package org.pacto.platform.web.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What {@link ApiCompatibility} calls breaking, on small documents. */
class ApiCompatibilityRulesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String RELEASED = """
            {"paths": {
              "/api/v1/things": {
                "get": {"parameters": [{"name": "q", "in": "query"}],
                        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}},
                "post": {"requestBody": {"content": {"application/json": {"schema": {"type": "object",
                            "required": ["name"], "properties": {"name": {"type": "string"}, "note": {"type": "string"}}}}}},
                         "responses": {"201": {"description": "created"}}}},
              "/api/v1/things/{id}": {"delete": {"responses": {"204": {"description": "gone"}}}}},
             "components": {"schemas": {"Page": {"type": "object", "properties": {
               "total": {"type": "integer"},
               "items": {"type": "array", "items": {"type": "object", "properties": {"title": {"type": "string"}}}}}}}}}
            """;

    @Test
    void theSameDocumentHasNoBreakingChange() {
        assertThat(ApiCompatibility.breakingChanges(json(RELEASED), json(RELEASED))).isEmpty();
    }

    @Test
    void addingOperationsOptionalInputsAndAnswerFieldsIsCompatible() {
        String current = RELEASED
                .replace("\"/api/v1/things/{id}\":", "\"/api/v1/others\": {\"get\": {\"responses\": {}}}, \"/api/v1/things/{id}\":")
                .replace("{\"name\": \"q\", \"in\": \"query\"}", "{\"name\": \"q\", \"in\": \"query\"}, {\"name\": \"page\", \"in\": \"query\"}")
                .replace("\"note\": {\"type\": \"string\"}", "\"note\": {\"type\": \"string\"}, \"tag\": {\"type\": \"string\"}")
                .replace("\"total\": {\"type\": \"integer\"},", "\"total\": {\"type\": \"integer\"}, \"size\": {\"type\": \"integer\"},");
        assertThat(ApiCompatibility.breakingChanges(json(RELEASED), json(current))).isEmpty();
    }

    @Test
    void aRemovedOperationIsBreaking() {
        String current = RELEASED.replace("\"delete\": {\"responses\": {\"204\": {\"description\": \"gone\"}}}",
                "\"get\": {\"responses\": {}}");
        assertThat(ApiCompatibility.breakingChanges(json(RELEASED), json(current)))
                .containsExactly("removed-operation DELETE /api/v1/things/{id}");
    }

    @Test
    void aRemovedOrRetypedAnswerFieldIsBreaking() {
        String current = RELEASED.replace("\"title\": {\"type\": \"string\"}", "\"name\": {\"type\": \"string\"}")
                .replace("\"total\": {\"type\": \"integer\"}", "\"total\": {\"type\": \"string\"}");
        assertThat(ApiCompatibility.breakingChanges(json(RELEASED), json(current))).containsExactly(
                "removed-response-field GET /api/v1/things 200 items[].title",
                "retyped-response-field GET /api/v1/things 200 total");
    }

    @Test
    void aNewRequiredRequestFieldOrParameterIsBreaking() {
        String current = RELEASED.replace("\"required\": [\"name\"]", "\"required\": [\"name\", \"note\"]")
                .replace("{\"name\": \"q\", \"in\": \"query\"}", "{\"name\": \"q\", \"in\": \"query\", \"required\": true}");
        assertThat(ApiCompatibility.breakingChanges(json(RELEASED), json(current))).containsExactly(
                "new-required-parameter GET /api/v1/things q",
                "new-required-request-field POST /api/v1/things note");
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
