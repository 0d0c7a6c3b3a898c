package org.pacto.platform.web.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * The whole document once its operations are in: one tag per name (a module's controllers may each
 * declare its {@code @Tag}; the first description wins), in alphabetical order, and every tag an
 * operation uses listed; parameters given a type where springdoc left none ({@link #typed}).
 */
class DocumentConventions implements GlobalOpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        if (api.getTags() != null) {
            for (Tag tag : api.getTags()) {
                Tag known = tags.get(tag.getName());
                if (known == null || known.getDescription() == null || known.getDescription().isBlank()) {
                    tags.put(tag.getName(), tag);
                }
            }
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getTags() != null) {
                    operation.getTags().forEach(name -> tags.computeIfAbsent(name, n -> new Tag().name(n)));
                }
            }));
        }
        api.setTags(tags.values().stream().sorted(Comparator.comparing(Tag::getName)).toList());
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(DocumentConventions::typed);
                }
            }));
        }
    }

    /**
     * A parameter declared by name only ({@code @Parameter(name, in)} for one the controller reads by hand) is
     * text; an example of a text parameter stays text (springdoc reads {@code example = "16"} as a number).
     */
    private static void typed(Parameter parameter) {
        if (parameter.get$ref() != null) {
            return;
        }
        if (parameter.getSchema() == null && parameter.getContent() == null) {
            parameter.setSchema(new StringSchema());
        }
        Schema<?> schema = parameter.getSchema();
        boolean text = schema != null && ("string".equals(schema.getType())
                || (schema.getTypes() != null && schema.getTypes().contains("string")));
        if (text && parameter.getExample() != null && !(parameter.getExample() instanceof String)) {
            parameter.setExample(String.valueOf(parameter.getExample()));
        }
    }
}
