package org.pacto.portability.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lock-free filling of message patterns gives exactly what MessageFormat gives, for every portability text. */
class TextPatternsTest {

    private static final Object[] ARGUMENTS = {"a0", "1.234,50", "{x}", "it's", "ES", "2026-01-01", "7", "8", "9",
            "10"};

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_fr", "_pt"})
    void everyPortabilityTextIsFilledAsMessageFormatFillsIt(String language) throws Exception {
        Properties texts = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("i18n/portability/messages" + language
                + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        int withArguments = 0;
        for (String key : texts.stringPropertyNames()) {
            String pattern = texts.getProperty(key);
            if (!pattern.contains("{")) {
                continue;
            }
            withArguments++;
            Locale locale = Locale.forLanguageTag(language.isEmpty() ? "es" : language.substring(1));
            assertThat(TextPatterns.format(pattern, ARGUMENTS, locale)).as(key)
                    .isEqualTo(new MessageFormat(pattern, locale).format(ARGUMENTS));
        }
        assertThat(withArguments).isGreaterThan(50);
    }

    @Test
    void quotedLiteralsSubFormatsAndMissingArgumentsBehaveAsMessageFormat() {
        for (String pattern : new String[] {"l''adresse {0}", "'{0}' literal {1}", "{0,number,#} x", "{3} of {0}",
                "plain", "{0}{1}{0}"}) {
            Object[] arguments = pattern.contains("number") ? new Object[] {12} : new Object[] {"a", "b"};
            assertThat(TextPatterns.format(pattern, arguments, Locale.FRENCH)).as(pattern)
                    .isEqualTo(new MessageFormat(pattern, Locale.FRENCH).format(arguments));
        }
    }
}
