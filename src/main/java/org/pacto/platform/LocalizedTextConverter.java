package org.pacto.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way a {@link LocalizedText} is stored: a {@code text} column holding
 * {@code {"original":"es","versions":{"es":"…","en":"…"}}}. Every module's translatable field uses it
 * ({@code @Convert(converter = LocalizedTextConverter.class)}), so adding a language touches no entity and no table.
 */
@Converter
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable LocalizedText text) {
        return text == null ? null : write(text);
    }

    @Override
    public @Nullable LocalizedText convertToEntityAttribute(@Nullable String column) {
        return column == null || column.isBlank() ? null : read(column);
    }

    public static String write(LocalizedText text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("original", text.original().code());
        ObjectNode versions = root.putObject("versions");
        for (Language language : Language.values()) {
            String version = text.versions().get(language);
            if (version != null) {
                versions.put(language.code(), version);
            }
        }
        return JSON.writeValueAsString(root);
    }

    public static LocalizedText read(String column) {
        JsonNode root = JSON.readTree(column);
        Map<Language, String> versions = new EnumMap<>(Language.class);
        root.path("versions").properties().forEach(entry -> Language.fromCode(entry.getKey())
                .ifPresent(language -> versions.put(language, entry.getValue().asString())));
        Language original = Language.fromCode(root.path("original").asString()).orElseThrow();
        return new LocalizedText(original, versions);
    }
}
