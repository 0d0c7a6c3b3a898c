package org.pacto.platform;

import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalizedTextConverterTest {

    private final LocalizedTextConverter converter = new LocalizedTextConverter();

    @Test
    void aTextWithTranslationsComesBackAsItWent() {
        var text = new LocalizedText(Language.ES, Map.of(Language.ES, "Oficina «municipal»\n\"y\" \\ más",
                Language.PT, "Escritório"));
        String column = converter.convertToDatabaseColumn(text);
        assertThat(column).startsWith("{\"original\":\"es\"");
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(text);
    }

    @Test
    void nullStaysNullAndAColumnWithoutItsOriginalIsRefused() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThatThrownBy(() -> converter.convertToEntityAttribute("{\"original\":\"fr\",\"versions\":{\"es\":\"x\"}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
