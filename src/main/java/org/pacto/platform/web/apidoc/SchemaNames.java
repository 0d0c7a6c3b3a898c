package org.pacto.platform.web.apidoc;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One schema name per class. swagger names a schema after the class's simple name, so records of the same
 * name in two modules ({@code Step} in portability, financing, indicators…) would overwrite each other's
 * schema in {@code components.schemas} and an integrator would read the wrong fields. Every class reachable
 * from an {@code /api/} operation (answers, request bodies and their components) is listed once; where two
 * of them would get one name, each of them without an explicit {@code @Schema(name)} is qualified by its
 * module ({@code PortabilityStep}), then by its enclosing classes ({@code PledgesFulfilmentStep}), then by
 * its whole package: the same sources always give the same names, whatever order the document is built in.
 * Names that clash with nothing stay as they were.
 */
class SchemaNames implements ModelConverter, org.springframework.beans.factory.DisposableBean,
        org.springframework.beans.factory.SmartInitializingSingleton {

    private static final String ROOT = "org.pacto.";

    /*
     * springdoc adds ModelConverter beans to swagger's process-wide converter list, so the converter of one
     * application context also names the schemas of every other context of the JVM (tests start several, some
     * with one module only). The names must therefore not depend on which context's converter comes first: they
     * are computed from every /api handler method of every context started so far, which is the whole
     * application's as soon as one full context has started.
     */
    private static final Set<Method> HANDLERS = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static volatile @Nullable Map<Class<?>, String> shared;

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    SchemaNames(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** Adds this context's API handlers once they are all mapped (before any document is built). */
    @Override
    public void afterSingletonsInstantiated() {
        List<Method> found = new ArrayList<>();
        mappings.orderedStream().forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
            if (info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"))) {
                found.add(handler.getMethod());
            }
        }));
        synchronized (HANDLERS) {
            if (HANDLERS.addAll(found)) {
                shared = null;
            }
        }
    }

    /**
     * A converter of a context that has closed leaves the list with it (its names are everyone's, but its
     * context's beans are gone).
     */
    @Override
    public void destroy() {
        ModelConverters.getInstance().removeConverter(this);
        ModelConverters.getInstance(true).removeConverter(this);
        ModelConverters.getInstance(false).removeConverter(this);
    }

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getName() == null || type.getName().isBlank()) {
            Class<?> raw = rawClass(type.getType());
            String name = raw == null ? null : names().get(raw);
            if (name != null) {
                type.name(name);
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    /** The schema name of every class of Pacto reachable from an API operation of any context started so far. */
    Map<Class<?>, String> names() {
        Map<Class<?>, String> known = shared;
        if (known == null) {
            synchronized (HANDLERS) {
                if (HANDLERS.isEmpty()) {
                    afterSingletonsInstantiated();
                }
                List<Type> roots = new ArrayList<>();
                HANDLERS.stream().sorted(Comparator.comparing(Method::toGenericString))
                        .forEach(method -> roots.addAll(roots(method)));
                known = of(roots);
                shared = known;
            }
        }
        return known;
    }

    /** The types a handler method puts in the document as schemas: its answer and its body. */
    static List<Type> roots(Method method) {
        List<Type> roots = new ArrayList<>();
        roots.add(method.getGenericReturnType());
        for (var parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(RequestBody.class)) {
                roots.add(parameter.getParameterizedType());
            }
        }
        var body = method.getAnnotation(io.swagger.v3.oas.annotations.parameters.RequestBody.class);
        if (body != null) {
            for (Content content : body.content()) {
                roots.add(content.schema().implementation());
            }
        }
        return roots;
    }

    /** The names of the classes reachable from {@code roots}, clashing ones qualified (see the class comment). */
    static Map<Class<?>, String> of(Collection<Type> roots) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        roots.forEach(root -> reach(root, classes));
        Map<Class<?>, Integer> level = new TreeMap<>(Comparator.comparing(Class::getName));
        classes.forEach(c -> level.put(c, 0));
        while (true) {
            Map<String, List<Class<?>>> byName = level.keySet().stream()
                    .collect(Collectors.groupingBy(c -> name(c, level.get(c)), TreeMap::new, Collectors.toList()));
            var clashing = byName.values().stream().filter(group -> group.size() > 1).toList();
            if (clashing.isEmpty()) {
                Map<Class<?>, String> result = new TreeMap<>(Comparator.comparing(Class::getName));
                level.forEach((c, l) -> result.put(c, name(c, l)));
                return result;
            }
            boolean changed = false;
            for (var group : clashing) {
                for (Class<?> c : group) {
                    if (explicitName(c) == null && level.get(c) < 3) {
                        level.put(c, level.get(c) + 1);
                        changed = true;
                    }
                }
            }
            if (!changed) {
                throw new IllegalStateException("Classes that cannot be given distinct schema names: " + clashing);
            }
        }
    }

    /** Level 0: the simple name; 1: the module before it; 2: and the enclosing classes; 3: the whole package. */
    static String name(Class<?> type, int level) {
        String explicit = explicitName(type);
        if (explicit != null) {
            return explicit;
        }
        if (level == 0) {
            return type.getSimpleName();
        }
        String packageName = type.getPackageName();
        List<String> packages = packageName.length() > ROOT.length()
                ? List.of(packageName.substring(ROOT.length()).split("\\.")) : List.of("pacto");
        StringBuilder name = new StringBuilder();
        (level < 3 ? packages.subList(0, 1) : packages).forEach(p -> name.append(capitalised(p)));
        if (level >= 2) {
            List<String> enclosing = new ArrayList<>();
            for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
                enclosing.addFirst(outer.getSimpleName());
            }
            enclosing.forEach(name::append);
        }
        return name.append(type.getSimpleName()).toString();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static @Nullable String explicitName(Class<?> type) {
        var schema = type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return schema == null || schema.name().isBlank() ? null : schema.name();
    }

    private static void reach(@Nullable Type type, Set<Class<?>> classes) {
        switch (type) {
            case null -> { }
            case ParameterizedType p -> {
                reach(p.getRawType(), classes);
                for (Type argument : p.getActualTypeArguments()) {
                    reach(argument, classes);
                }
            }
            case WildcardType w -> {
                for (Type bound : w.getUpperBounds()) {
                    reach(bound, classes);
                }
            }
            case GenericArrayType a -> reach(a.getGenericComponentType(), classes);
            case Class<?> c when c.isArray() -> reach(c.getComponentType(), classes);
            case Class<?> c -> {
                if (!c.getName().startsWith(ROOT) || c.isEnum() || c.isInterface() || c.getTypeParameters().length > 0
                        || writtenAsValue(c) || !classes.add(c)) {
                    return;
                }
                if (c.isRecord()) {
                    for (RecordComponent component : c.getRecordComponents()) {
                        reach(component.getGenericType(), classes);
                    }
                } else {
                    for (Field field : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers())) {
                            reach(field.getGenericType(), classes);
                        }
                    }
                }
            }
            default -> { }
        }
    }

    /** A typed id written as its value ({@code @JsonValue}) is a string in the document, not a schema. */
    private static boolean writtenAsValue(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            if (annotated(method, "JsonValue")) {
                return true;
            }
        }
        return false;
    }

    private static boolean annotated(AnnotatedElement element, String simpleName) {
        for (var annotation : element.getAnnotations()) {
            if (annotation.annotationType().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** The class behind a type as swagger hands it over: a class, a generic type, or Jackson's JavaType. */
    private static @Nullable Class<?> rawClass(@Nullable Type type) {
        return switch (type) {
            case null -> null;
            case Class<?> c -> c;
            case ParameterizedType p -> rawClass(p.getRawType());
            default -> {
                try {
                    yield type.getClass().getMethod("getRawClass").invoke(type) instanceof Class<?> c ? c : null;
                } catch (ReflectiveOperationException e) {
                    yield null;
                }
            }
        };
    }
}
