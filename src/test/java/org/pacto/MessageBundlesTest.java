package org.pacto;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every interface string exists in es, en, fr and pt, and none is left empty. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "pt", "es"})
    void everyLanguageHasEveryKey(String language) throws IOException {
        Properties spanish = load("i18n/messages.properties");
        Properties other = load("i18n/messages_" + language + ".properties");
        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(spanish.stringPropertyNames());
        Set<String> empty = other.stringPropertyNames().stream().filter(k -> other.getProperty(k).isBlank())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(empty).isEmpty();
    }

    private static Properties load(String path) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
