package org.pacto.platform.web.apidoc;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.pacto.platform.Paging;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * What every operation of {@code /api} shares, derived from its controller method so that a new module's
 * operations get it without annotations:
 * <ul>
 * <li>an {@code operationId} from the module, the controller and the method ({@code practicesSubmit}),
 *     unless {@code @Operation(operationId)} names one; stable, because generated clients name methods after it;</li>
 * <li>the module's tag ({@code practices}) unless {@code @Tag} names one;</li>
 * <li>security as identity's SecurityConfiguration decides it: a method or class with
 *     {@code @PreAuthorize} needs a token; other GETs are public (a token may still show more, e.g. one's
 *     own drafts); other methods need a token unless marked public with an empty
 *     {@code @SecurityRequirements} (portability's calculations); an explicit {@code @SecurityRequirement}
 *     wins ({@code GET /api/v1/me}). {@code ApiDocumentSecurityTest} checks this against anonymous calls;</li>
 * <li>{@code page} and {@code size} where the method takes a {@link Paging} or answers a page
 *     (a record with {@code page}, {@code size} and {@code total});</li>
 * <li>{@code deprecated} and the sunset date for an operation marked {@link org.pacto.platform.ApiDeprecation};</li>
 * <li>the problem answers it can give (400 with inputs, 401/403 with a token, 404 with path variables,
 *     406 always, 415 with a body, 413 with an upload, 409 on writes, 5XX always), each a reusable response with its stable codes.</li>
 * </ul>
 */
class OperationConventions implements GlobalOperationCustomizer {

    private static final Set<String> PAGE_FIELDS = Set.of("page", "size", "total");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String module = module(handler.getBeanType());
        RequestMethod method = httpMethod(handler);
        if (operation.getOperationId() == null || operation.getOperationId().isBlank()
                || !operation.getOperationId().matches("[a-z][A-Za-z0-9]*") || isDefaultId(operation, handler)) {
            operation.setOperationId(operationId(module, handler));
        }
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.addTagsItem(module);
        }
        boolean needsToken = needsToken(operation, handler, method);
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(needsToken
                    ? List.of(new SecurityRequirement().addList(ApiDocumentation.BEARER))
                    : List.of(new SecurityRequirement(), new SecurityRequirement().addList(ApiDocumentation.BEARER)));
        }
        if (isPaged(handler)) {
            for (String name : List.of("page", "size")) {
                boolean present = operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()));
                if (!present) {
                    operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + name));
                }
            }
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean hasPathVariable = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (hasInput) {
            problem(responses, ProblemResponse.BadRequest);
        }
        if (needsToken) {
            problem(responses, ProblemResponse.Unauthenticated);
            problem(responses, ProblemResponse.Forbidden);
        }
        if (hasPathVariable) {
            problem(responses, ProblemResponse.NotFound);
        }
        problem(responses, ProblemResponse.NotAcceptable);
        if (operation.getRequestBody() != null) {
            problem(responses, ProblemResponse.UnsupportedMediaType);
            if (operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
                problem(responses, ProblemResponse.TooLarge);
            }
        }
        if (needsToken && method != RequestMethod.GET) {
            problem(responses, ProblemResponse.Conflict);
        }
        problem(responses, ProblemResponse.ServerError);
        operation.setResponses(responses);
        var deprecation = DeprecationHeaders.of(handler);
        if (deprecation != null && deprecation.pathPrefix().isEmpty()) {
            operation.setDeprecated(true);
            operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                    + "**Deprecated** since " + deprecation.since() + "; it may stop answering from "
                    + deprecation.sunset() + " (`Sunset` header)"
                    + (deprecation.successor().isEmpty() ? "." : "; use `" + deprecation.successor() + "` instead."));
        }
        return operation;
    }

    /**
     * Adds the reusable problem response for a status, unless the operation documents that status itself
     * (an {@code @ApiResponse} naming its own codes): then it keeps its words and gets the problem body.
     */
    private static void problem(ApiResponses responses, ProblemResponse response) {
        ApiResponse existing = responses.get(response.status);
        if (existing == null) {
            responses.addApiResponse(response.status, new ApiResponse().$ref("#/components/responses/" + response.name()));
        } else if (existing.get$ref() == null && (existing.getContent() == null || existing.getContent().isEmpty()
                || existing.getContent().get(ApiDocumentation.PROBLEM_JSON) == null)) {
            existing.setContent(new Content().addMediaType(ApiDocumentation.PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
        }
    }

    static boolean needsToken(Operation operation, HandlerMethod handler, RequestMethod method) {
        var explicit = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                io.swagger.v3.oas.annotations.security.SecurityRequirements.class);
        if (explicit == null) {
            explicit = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(),
                    io.swagger.v3.oas.annotations.security.SecurityRequirements.class);
        }
        if (explicit != null && explicit.value().length == 0) {
            return false;
        }
        if (handler.hasMethodAnnotation(io.swagger.v3.oas.annotations.security.SecurityRequirement.class)
                || (explicit != null && explicit.value().length > 0)) {
            return true;
        }
        if (handler.hasMethodAnnotation(PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class)) {
            return true;
        }
        return method != RequestMethod.GET && method != RequestMethod.HEAD;
    }

    static RequestMethod httpMethod(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null || mapping.method().length == 0 ? RequestMethod.GET : mapping.method()[0];
    }

    static boolean isPaged(HandlerMethod handler) {
        if (Arrays.stream(handler.getMethod().getParameterTypes()).anyMatch(t -> t == Paging.class)) {
            return true;
        }
        Class<?> answer = answerType(handler.getMethod());
        return answer != null && answer.isRecord() && Arrays.stream(answer.getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toSet()).containsAll(PAGE_FIELDS);
    }

    private static Class<?> answerType(Method method) {
        Type type = method.getGenericReturnType();
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && HttpEntity.class.isAssignableFrom(raw) && p.getActualTypeArguments()[0] instanceof Class<?> body) {
            return body;
        }
        return type instanceof Class<?> c ? c : null;
    }

    static String module(Class<?> controller) {
        String[] parts = controller.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : controller.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static boolean isDefaultId(Operation operation, HandlerMethod handler) {
        var annotation = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        return annotation == null || annotation.operationId().isBlank();
    }

    static String operationId(String module, HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName().replaceAll("Api$", "");
        List<String> parts = new ArrayList<>(List.of(module));
        if (!controller.equalsIgnoreCase(module)) {
            parts.add(controller);
        }
        parts.add(handler.getMethod().getName());
        StringBuilder id = new StringBuilder(parts.getFirst());
        for (String part : parts.subList(1, parts.size())) {
            id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id.toString();
    }
}
