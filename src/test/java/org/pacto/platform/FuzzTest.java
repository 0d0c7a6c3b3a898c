package org.pacto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every {@code /api/v1} operation Spring knows, called as the secretariat and anonymously with hostile
 * input: NUL and other control characters, {@code 1e-999999999}, {@code 1e999999999}, 400-digit numbers,
 * numbers beyond {@code long}, year-999999 and year-0 dates, {@code null} inside lists, a {@code null}
 * body, wrong types, malformed ids and an unsatisfiable {@code Accept}. No answer may be a 5xx, and every
 * 4xx of the API is {@code application/problem+json} (a 406 may be plain). Write operations touch real
 * demo records only with bodies whose every member is hostile (every text holds a NUL, every flag is no
 * boolean), so that nothing can be saved; bodies that are no record, and operations without a body, go
 * to ids that do not exist. The context is shared with the other tests: nothing here may change it.
 */
@PactoTest
class FuzzTest {

    private static final String NUL = "a\u0000b";
    private static final String HUGE_DIGITS = "9".repeat(400);
    private static final Duration BUDGET = Duration.ofMinutes(4);
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final List<String> failures = new ArrayList<>();
    private int calls;

    @Test
    void noHostileInputAnswers5xxAndEveryApiRefusalIsAProblem() {
        Api anonymous = Api.at(port);
        Api staff = anonymous.withToken(DemoAccounts.withRole("secretariat").token());
        Map<String, String> realIds = realIds(staff);
        Instant deadline = Instant.now().plus(BUDGET);
        int operations = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1")) {
                    continue;
                }
                operations++;
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    for (Api caller : List.of(staff, anonymous)) {
                        if (Instant.now().isAfter(deadline)) {
                            break;
                        }
                        fuzz(caller, method.name(), pattern, handler, realIds);
                    }
                }
            }
        }
        assertThat(operations).as("API operations found").isGreaterThan(50);
        assertThat(calls).as("calls made").isGreaterThan(operations * 4);
        assertThat(failures).as("answers to hostile input").isEmpty();
    }

    private void fuzz(Api caller, String method, String pattern, HandlerMethod handler, Map<String, String> realIds) {
        Parameter body = null;
        List<Parameter> queryParameters = new ArrayList<>();
        for (Parameter parameter : handler.getMethod().getParameters()) {
            if (parameter.isAnnotationPresent(RequestBody.class)) {
                body = parameter;
            } else if (parameter.isAnnotationPresent(RequestParam.class)) {
                queryParameters.add(parameter);
            }
        }
        boolean write = !method.equals("GET");
        boolean consumesJson = body != null;
        String realPath = path(pattern, realIds, null);
        String fakePath = path(pattern, Map.of(), UUID.randomUUID().toString());
        // ids that are no ids, and ids holding NUL, in every path variable
        if (VARIABLE.matcher(pattern).find()) {
            for (String id : List.of("not-a-uuid", "%00", "99999999999999999999999", "-1")) {
                call(caller, method, path(pattern, Map.of(), id), write ? "{}" : null);
            }
        }
        if (!write) {
            call(caller, method, realPath, null);
            call(caller.withHeader("Accept", "application/x-unheard-of"), method, realPath, null);
            for (String value : List.of(NUL, HUGE_DIGITS, "1e-999999999", "-99999999999999999999", "+999999-01-01",
                    "0000-01-01", "not-a-uuid")) {
                String query = queryParameters.stream().map(FuzzTest::name)
                        .map(n -> n + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .reduce("page=" + URLEncoder.encode(value, StandardCharsets.UTF_8)
                                + "&size=" + URLEncoder.encode(value, StandardCharsets.UTF_8)
                                + "&q=" + URLEncoder.encode(value, StandardCharsets.UTF_8), (a, b) -> a + "&" + b);
                call(caller, method, realPath + "?" + query, null);
            }
            return;
        }
        // bodies that are no record at all (read before the controller runs) go to an id that does not exist
        for (String text : List.of("null", "", "[]", "\"" + "\\u0000" + "\"", "{\"x\":", "{}")) {
            call(caller, method, fakePath, text);
        }
        if (consumesJson) {
            Type type = body.getParameterizedType();
            if (type == String.class) {
                type = careerType(handler);
            }
            // records whose every member is hostile may reach real records: none can be accepted
            for (Poison poison : Poison.values()) {
                call(caller, method, realPath, json(hostile(type, poison, 0)));
            }
        }
    }

    /** The portability API reads its body as text; what it reads is a career. */
    private static Type careerType(HandlerMethod handler) {
        try {
            return Class.forName("org.pacto.portability.web.CareerJson");
        } catch (ClassNotFoundException e) {
            return Map.class;
        }
    }

    private static String name(Parameter parameter) {
        RequestParam annotation = parameter.getAnnotation(RequestParam.class);
        String name = annotation.name().isEmpty() ? annotation.value() : annotation.name();
        return name.isEmpty() ? parameter.getName() : name;
    }

    private static String path(String pattern, Map<String, String> realIds, String fallback) {
        Matcher matcher = VARIABLE.matcher(pattern);
        var out = new StringBuilder();
        boolean first = true;
        while (matcher.find()) {
            String value = fallback;
            if (value == null) {
                String prefix = pattern.substring(0, matcher.start());
                value = first ? realIds.getOrDefault(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1)
                        : prefix, UUID.randomUUID().toString()) : UUID.randomUUID().toString();
            }
            first = false;
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The first id each listing answers, so that reads reach a real record. */
    private Map<String, String> realIds(Api staff) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                if (!pattern.startsWith("/api/v1") || pattern.contains("{")
                        || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                    continue;
                }
                var response = staff.get(pattern);
                if (response.status() != 200 || response.contentType() == null
                        || !response.contentType().contains("json")) {
                    continue;
                }
                JsonNode json = response.json();
                JsonNode items = json.isArray() ? json : json.path("items");
                if (items.isArray() && !items.isEmpty()) {
                    JsonNode id = items.get(0).path("id");
                    if (id.isObject()) {
                        id = id.path("value");
                    }
                    if (id.isValueNode()) {
                        ids.put(pattern, id.asString());
                    }
                }
            }
        }
        return ids;
    }

    private void call(Api caller, String method, String path, String body) {
        calls++;
        Api.Response response;
        try {
            response = switch (method) {
                case "GET" -> caller.get(path);
                case "POST" -> caller.post(path, body == null ? "" : body);
                case "PUT" -> caller.putRaw(path, body == null ? "" : body);
                case "DELETE" -> caller.deleteRaw(path, body == null ? "" : body);
                default -> caller.send(method, path, body == null ? "" : body);
            };
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the client itself refused the address (an unencodable path): nothing reached the server
            return;
        }
        String what = method + " " + path + " body=" + shortened(body) + " → " + response.status();
        if (response.status() >= 500) {
            failures.add(what + " " + shortened(response.body()));
        } else if (response.status() >= 400 && response.status() != 406) {
            String type = response.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                failures.add(what + " answered as " + type);
            }
        }
    }

    private static String shortened(String text) {
        if (text == null) {
            return "none";
        }
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }

    enum Poison { TEXT, TINY_DECIMAL, HUGE_DECIMAL, DIGITS, OVERFLOW, DATE, NULLS, WRONG_TYPES }

    /**
     * A value of the given type, hostile in the poison's way. Every text holds a NUL whatever the poison
     * (so that no write to a real record can succeed), but the poisoned members come first in each
     * object, so that they are read (and refused) before any text.
     */
    private static Object hostile(Type type, Poison poison, int depth) {
        Class<?> raw = raw(type);
        if (depth > 6) {
            return null;
        }
        if (raw == String.class || raw.isEnum() || raw == UUID.class) {
            // every text holds a NUL, whatever else it holds: no text can be accepted
            return switch (poison) {
                case TINY_DECIMAL -> "1e-999999999" + NUL;
                case HUGE_DECIMAL -> "1e999999999" + NUL;
                case DIGITS -> HUGE_DIGITS + NUL;
                case DATE -> "+999999-01-01" + NUL;
                case WRONG_TYPES -> List.of(Map.of("x", NUL));
                default -> NUL;
            };
        }
        if (raw == Object.class) {
            // a member read as any JSON value (a pledge's target values): the number poisons as numbers
            return switch (poison) {
                case TINY_DECIMAL -> new Raw("1e-999999999");
                case HUGE_DECIMAL -> new Raw("1e999999999");
                case DIGITS -> new Raw(HUGE_DIGITS);
                case OVERFLOW -> new Raw("-99999999999999999999");
                case WRONG_TYPES -> List.of(Map.of("x", NUL));
                default -> NUL;
            };
        }
        if (raw == LocalDate.class || raw == Instant.class) {
            return switch (poison) {
                case WRONG_TYPES -> 12;
                case OVERFLOW -> "-0001-01-01";
                case TEXT -> NUL;
                default -> "+999999-01-01";
            };
        }
        if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != boolean.class)) {
            return switch (poison) {
                case TINY_DECIMAL -> new Raw("1e-999999999");
                case HUGE_DECIMAL -> new Raw("1e999999999");
                case DIGITS -> new Raw(HUGE_DIGITS);
                case OVERFLOW -> new Raw("-99999999999999999999");
                default -> NUL;
            };
        }
        if (raw == Boolean.class || raw == boolean.class) {
            // never a valid boolean: a record of flags only must not be accepted either
            return NUL;
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            Type element = raw.isArray() ? raw.getComponentType() : argument(type, 0);
            var list = new ArrayList<Object>();
            if (poison == Poison.NULLS) {
                list.add(null);
            }
            list.add(hostile(element, poison, depth + 1));
            return poison == Poison.WRONG_TYPES ? NUL : list;
        }
        if (Map.class.isAssignableFrom(raw)) {
            var map = new LinkedHashMap<String, Object>();
            map.put(poison == Poison.TEXT ? NUL : "es", hostile(argument(type, 1), poison, depth + 1));
            map.put("x" + NUL, NUL);
            if (poison == Poison.NULLS) {
                map.put("fr", null);
            }
            return map;
        }
        if (raw.isRecord()) {
            var object = new LinkedHashMap<String, Object>();
            List<RecordComponent> components = List.of(raw.getRecordComponents());
            for (boolean texts : List.of(false, true)) {
                for (RecordComponent component : components) {
                    boolean text = raw(component.getGenericType()) == String.class;
                    if (text == texts) {
                        object.put(component.getName(), hostile(component.getGenericType(), poison, depth + 1));
                    }
                }
            }
            return poison == Poison.WRONG_TYPES && depth > 0 ? NUL : object;
        }
        return NUL;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    /** A number written as is, however long. */
    private record Raw(String digits) {
    }

    private static String json(Object value) {
        return switch (value) {
            case null -> "null";
            case Raw raw -> raw.digits();
            case String s -> quote(s);
            case Boolean b -> b.toString();
            case Number n -> n.toString();
            case Map<?, ?> map -> {
                var out = new StringBuilder("{");
                map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(quote(String.valueOf(k)))
                        .append(':').append(json(v)));
                yield out.append('}').toString();
            }
            case List<?> list -> {
                var out = new StringBuilder("[");
                list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(json(v)));
                yield out.append(']').toString();
            }
            default -> quote(value.toString());
        };
    }

    private static String quote(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
