package org.pacto.platform.web.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.pacto.platform.Paging;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document's front matter and the components every operation shares: the {@code bearer} scheme,
 * the {@code Problem} schema with its stable codes, the problem responses and the paging parameters.
 * {@link OperationConventions} applies them to each operation.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String PROBLEM_JSON = "application/problem+json";

    static {
        // Paging is bound from page and size by platform.web, documented once as the two parameters below.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Paging.class);
        // A JsonNode in an answer is any JSON (a saved calculation's request and result), not a bean.
        SpringDocUtils.getConfig().replaceWithSchema(tools.jackson.databind.JsonNode.class, new ObjectSchema()
                .description("Any JSON value, as it was saved."));
    }

    @Bean
    OpenAPI pactoApi(ObjectProvider<BuildProperties> build,
                     @Value("${pacto.base-url}") String baseUrl,
                     @Value("${pacto.api.licence.name:}") String licenceName,
                     @Value("${pacto.api.licence.url:}") String licenceUrl) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties != null ? properties.getVersion() : "unversioned";
        var info = new Info().title("Pacto").version(version)
                .summary("The JSON API of Pacto, the open platform for the Global Compact for Safe, Orderly and "
                        + "Regular Migration")
                .description(DESCRIPTION)
                .contact(new Contact().name("The team running this Pacto installation").url(baseUrl + "/api"));
        if (!licenceName.isBlank()) {
            info.license(new License().name(licenceName).url(licenceUrl.isBlank() ? null : licenceUrl));
        }
        return new OpenAPI(SpecVersion.V31).info(info)
                .servers(List.of(new Server().url("/").description("This Pacto installation")))
                .components(components());
    }

    @Bean
    OperationConventions operationConventions() {
        return new OperationConventions();
    }

    /** Records of one name in two modules get distinct schemas ({@link SchemaNames}). */
    @Bean
    SchemaNames schemaNames(ObjectProvider<org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping> mappings) {
        return new SchemaNames(mappings);
    }

    @Bean
    DocumentConventions documentConventions() {
        return new DocumentConventions();
    }

    private static Components components() {
        var codes = String.join(", ", ProblemCodes.all().stream().map(c -> "`" + c + "`").toList());
        Schema<?> fieldError = new ObjectSchema()
                .description("One field at fault in a refused request.")
                .addProperty("field", new StringSchema().description(
                        "The field, parameter or path variable at fault, as named in the request (a path into the "
                                + "body such as `targets[0].value` for nested fields).").example("size"))
                .addProperty("code", new StringSchema().description(
                        "Stable code of what is wrong; clients branch on it, never on the message. Codes in use: "
                                + codes + ".").example("out-of-range"))
                .addProperty("message", new StringSchema().description(
                        "The problem in words, in the language of the request (`Accept-Language`, Spanish by default).")
                        .example("Must be between 0 and 100."))
                .required(List.of("field", "code", "message"));
        Schema<?> problem = new ObjectSchema()
                .description("An RFC 9457 problem detail with Pacto's stable `code` and, for refused input, the "
                        + "fields at fault.")
                .addProperty("type", new StringSchema().format("uri").description("`urn:pacto:problem:<code>`.")
                        .example("urn:pacto:problem:invalid-input"))
                .addProperty("title", new StringSchema().description("The HTTP status in words, localised.")
                        .example("Invalid request"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code.").example(400))
                .addProperty("detail", new StringSchema().description("What went wrong, localised. Never holds "
                        + "personal data or internals; an unexpected failure names an incident id the logs repeat."))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The path of the request.").example("/api/v1/practices"))
                .addProperty("code", new StringSchema().description("Stable code of the problem. Codes in use: "
                        + codes + ".").example("invalid-input"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
                        .description("The fields at fault (400 `invalid-input` only)."))
                .required(List.of("type", "title", "status", "code"));
        var components = new Components()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token created on your profile page (`/profile`, \"API tokens\"), sent as "
                                + "`Authorization: Bearer <token>`. The token acts with the roles of its owner "
                                + "(member, focal point, reviewer, secretariat, admin). Operations marked public "
                                + "need no token; a missing or invalid token on the others answers 401, a role that "
                                + "does not allow the operation 403."))
                .addSchemas("Problem", problem)
                .addSchemas("FieldError", fieldError)
                .addParameters("page", new Parameter().in("query").name("page").required(false)
                        .description("Which page of the list, counting from 1. No page may reach past the first "
                                + Paging.MAX_RESULTS + " results: narrow the list with filters instead.")
                        .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)._default(1)).example(1))
                .addParameters("size", new Parameter().in("query").name("size").required(false)
                        .description("How many items per page, 0 to " + Paging.MAX_SIZE + "; 0 answers the total "
                                + "(and facets, where there are some) without items.")
                        .schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO)
                                .maximum(java.math.BigDecimal.valueOf(Paging.MAX_SIZE))._default(Paging.DEFAULT_SIZE))
                        .example(Paging.DEFAULT_SIZE));
        for (var response : ProblemResponse.values()) {
            components.addResponses(response.name(), problemResponse(response));
        }
        return components;
    }

    private static ApiResponse problemResponse(ProblemResponse response) {
        var answer = new ApiResponse().description(response.description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/Problem"))
                        .example(Map.of("type", "urn:pacto:problem:" + response.example, "title", response.title,
                                "status", response.statusCode, "code", response.example,
                                "detail", response.detail))));
        if (response == ProblemResponse.ServerError) {
            answer.addHeaderObject("Retry-After", new Header().description(
                    "With 503 `database-unavailable`: seconds after which to try again.")
                    .schema(new IntegerSchema()));
        }
        return answer;
    }

    private static final String DESCRIPTION = """
            Pacto's JSON API, for the systems of ministries, social-security institutions, observatories, local \
            governments and the UN secretariat: search and harvest good practices, report progress on pledges, \
            run social-security portability calculations one by one or in batches, and read the GCM framework \
            (objectives, guiding principles, countries, reference lists).

            **Authentication.** Reading public content and portability calculations need no token. Everything \
            else takes an API token created on your profile page and sent as `Authorization: Bearer <token>`; \
            each operation lists whether it needs one and which roles may call it.

            **Languages.** Answers that carry interface text (titles, problem messages) are in the language of \
            `Accept-Language` (or `?lang=` where an operation lists it): `es` (the default), `en`, `fr`, `pt`. \
            Each translated field says whether its wording is official.

            **Errors.** Every 4xx and 5xx is `application/problem+json` (RFC 9457) with a stable `code` to branch \
            on; refused input (400 `invalid-input`) lists the fields at fault in `errors[]`, each with its own \
            `code`. Bad input never answers 5xx.

            **Lists.** Every list takes `page` (from 1) and `size` (0 to 100, default 20) and repeats `page`, \
            `size` and `total` in its answer; no page reaches past the first 10,000 results.

            **Personal data.** No operation returns people's e-mail addresses, phone numbers or case details to \
            anyone but their owner and the staff allowed to see them; such reads are audited.

            **Compatibility.** Breaking changes to `/api/v1` are listed in `docs/api-changes.md`; a deprecated \
            operation answers with `Deprecation` and `Sunset` headers before it is removed. The reference for \
            people is at `/api`.
            """;
}
