package org.pacto.platform.web.apidoc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The breaking changes between a released OpenAPI document and the current one, each as one line that
 * docs/api-changes.md must quote (in backticks) for the change to be accepted:
 * <ul>
 * <li>{@code removed-operation GET /api/v1/x}</li>
 * <li>{@code removed-response-field GET /api/v1/x 200 items[].title}</li>
 * <li>{@code retyped-response-field GET /api/v1/x 200 total}</li>
 * <li>{@code new-required-parameter GET /api/v1/x name} (also a parameter that became required)</li>
 * <li>{@code new-required-request-field POST /api/v1/x targets[].value}</li>
 * </ul>
 * Adding operations, optional parameters, optional request fields and answer fields is compatible.
 */
final class ApiCompatibility {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final int DEPTH = 8;

    private ApiCompatibility() {
    }

    static Set<String> breakingChanges(JsonNode released, JsonNode current) {
        Set<String> breaks = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : released.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode before = path.getValue().get(method);
                if (before == null) {
                    continue;
                }
                String operation = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonNode after = current.path("paths").path(path.getKey()).get(method);
                if (after == null) {
                    breaks.add("removed-operation " + operation);
                    continue;
                }
                parameters(operation, before, after, current, breaks);
                requestFields(operation, released, before, current, after, breaks);
                responseFields(operation, released, before, current, after, breaks);
            }
        }
        return breaks;
    }

    private static void parameters(String operation, JsonNode before, JsonNode after, JsonNode current,
                                   Set<String> breaks) {
        Set<String> requiredBefore = new HashSet<>();
        for (JsonNode p : before.path("parameters")) {
            if (p.path("required").asBoolean(false)) {
                requiredBefore.add(p.path("name").asString());
            }
        }
        for (JsonNode p : after.path("parameters")) {
            JsonNode parameter = p.has("$ref") ? resolve(current, p.get("$ref").asString()) : p;
            if (parameter.path("required").asBoolean(false) && !"path".equals(parameter.path("in").asString())
                    && !requiredBefore.contains(parameter.path("name").asString())) {
                breaks.add("new-required-parameter " + operation + " " + parameter.path("name").asString());
            }
        }
    }

    private static void requestFields(String operation, JsonNode released, JsonNode before, JsonNode current,
                                      JsonNode after, Set<String> breaks) {
        Map<String, Field> old = new java.util.HashMap<>();
        schemas(released, before.path("requestBody").path("content")).forEach(s -> fields(released, s, "", 0, old));
        Map<String, Field> now = new java.util.HashMap<>();
        schemas(current, after.path("requestBody").path("content")).forEach(s -> fields(current, s, "", 0, now));
        for (Map.Entry<String, Field> field : now.entrySet()) {
            Field was = old.get(field.getKey());
            if (field.getValue().required() && (was == null || !was.required())) {
                breaks.add("new-required-request-field " + operation + " " + field.getKey());
            }
        }
    }

    private static void responseFields(String operation, JsonNode released, JsonNode before, JsonNode current,
                                       JsonNode after, Set<String> breaks) {
        for (Map.Entry<String, JsonNode> response : before.path("responses").properties()) {
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            Map<String, Field> old = new java.util.HashMap<>();
            schemas(released, response.getValue().path("content")).forEach(s -> fields(released, s, "", 0, old));
            Map<String, Field> now = new java.util.HashMap<>();
            JsonNode answer = after.path("responses").path(response.getKey());
            schemas(current, answer.path("content")).forEach(s -> fields(current, s, "", 0, now));
            for (Map.Entry<String, Field> field : old.entrySet()) {
                Field is = now.get(field.getKey());
                String where = operation + " " + response.getKey() + " " + field.getKey();
                if (is == null) {
                    breaks.add("removed-response-field " + where);
                } else if (!is.type().equals(field.getValue().type())) {
                    breaks.add("retyped-response-field " + where);
                }
            }
        }
    }

    record Field(String type, boolean required) {
    }

    private static List<JsonNode> schemas(JsonNode document, JsonNode content) {
        List<JsonNode> schemas = new ArrayList<>();
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            if (media.getValue().has("schema")) {
                schemas.add(media.getValue().get("schema"));
            }
        }
        return schemas;
    }

    /** The fields of a schema by path ({@code items[].title}); the root itself is {@code ""}. */
    private static void fields(JsonNode document, JsonNode schema, String path, int depth, Map<String, Field> out) {
        if (depth > DEPTH) {
            return;
        }
        JsonNode s = schema.has("$ref") ? resolve(document, schema.get("$ref").asString()) : schema;
        out.putIfAbsent(path, new Field(type(s), false));
        Set<String> required = new HashSet<>();
        s.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
            String child = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
            JsonNode p = property.getValue();
            JsonNode resolved = p.has("$ref") ? resolve(document, p.get("$ref").asString()) : p;
            out.put(child, new Field(type(resolved), required.contains(property.getKey())));
            fields(document, p, child, depth + 1, out);
        }
        if (s.has("items")) {
            fields(document, s.get("items"), path + "[]", depth + 1, out);
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : "any";
        }
        if (type.isArray()) {
            Set<String> types = new TreeSet<>();
            type.forEach(t -> types.add(t.asString()));
            types.remove("null");
            return String.join("|", types);
        }
        return type.asString();
    }

    private static JsonNode resolve(JsonNode document, String ref) {
        JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }
}
