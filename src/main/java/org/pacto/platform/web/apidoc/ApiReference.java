package org.pacto.platform.web.apidoc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.PageController;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's reference page ({@code /api}): getting started with {@code curl}, then every operation of the
 * OpenAPI document by module, rendered on the server from the same document {@code /v3/api-docs} serves, so
 * it needs no script and keeps to the strict Content-Security-Policy. Pacto's own words are in the page's
 * language; the document's descriptions are in English and marked so ({@code lang="en"}).
 */
@PageController
class ApiReference {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final OpenApiWebMvcResource documents;
    private final JsonMapper json;
    private final String baseUrl;

    ApiReference(OpenApiWebMvcResource documents, JsonMapper json, @Value("${pacto.base-url}") String baseUrl) {
        this.documents = documents;
        this.json = json;
        this.baseUrl = baseUrl;
    }

    record Parameter(String name, String in, boolean required, String type, String description) {
    }

    record Response(String status, String description) {
    }

    record Operation(String id, String method, String path, String summary, String description, boolean needsToken,
                     boolean deprecated, List<Parameter> parameters, List<Response> responses) {
    }

    record Module(String name, String description, List<Operation> operations) {
    }

    record Example(String step, String command) {
    }

    @GetMapping("/api")
    String reference(HttpServletRequest request, Model model) throws Exception {
        JsonNode document = json.readTree(documents.openapiJson(request, "/v3/api-docs", Locale.ENGLISH));
        model.addAttribute("apiVersion", document.path("info").path("version").asString());
        model.addAttribute("modules", modules(document));
        model.addAttribute("examples", GettingStarted.examples().stream()
                .map(e -> new Example(e.step(), e.command().replace("{base-url}", baseUrl))).toList());
        return "apidoc/reference";
    }

    static List<Module> modules(JsonNode document) {
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (JsonNode tag : document.path("tags")) {
            byTag.put(tag.path("name").asString(), new ArrayList<>());
            descriptions.put(tag.path("name").asString(), tag.path("description").asString(""));
        }
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                String tag = operation.path("tags").path(0).asString("");
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(operation(document, method, path.getKey(),
                        operation));
            }
        }
        List<Module> modules = new ArrayList<>();
        byTag.forEach((name, operations) -> modules.add(new Module(name, descriptions.getOrDefault(name, ""),
                operations)));
        return modules;
    }

    private static Operation operation(JsonNode document, String method, String path, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            JsonNode parameter = p.has("$ref") ? resolve(document, p.get("$ref").asString()) : p;
            JsonNode schema = parameter.path("schema");
            String type = schema.path("type").asString("string")
                    + (schema.has("format") ? " (" + schema.path("format").asString() + ")" : "");
            parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                    parameter.path("required").asBoolean(false), type, parameter.path("description").asString("")));
        }
        List<Response> responses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> r : operation.path("responses").properties()) {
            JsonNode response = r.getValue().has("$ref") ? resolve(document, r.getValue().get("$ref").asString())
                    : r.getValue();
            responses.add(new Response(r.getKey(), response.path("description").asString("")));
        }
        boolean needsToken = true;
        for (JsonNode requirement : operation.path("security")) {
            needsToken &= !requirement.isEmpty();
        }
        return new Operation(operation.path("operationId").asString(""), method.toUpperCase(Locale.ROOT), path,
                operation.path("summary").asString(""), operation.path("description").asString(""), needsToken,
                operation.path("deprecated").asBoolean(false), parameters, responses);
    }

    private static JsonNode resolve(JsonNode document, String ref) {
        @Nullable JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }
}
