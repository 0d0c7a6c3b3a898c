package org.pacto;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pacto.platform.web.ModuleMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module's bundle ({@code i18n/<module>/messages*.properties}, Spanish the source) has every key in es, en, fr
 * and pt, none empty, the same placeholders in every language, apostrophes written as MessageFormat reads them, and
 * no key defined by two modules.
 */
class MessageBundlesTest {

    private static final List<String> TRANSLATIONS = List.of("en", "fr", "pt");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyModuleHasABundle() {
        assertThat(ModuleMessages.basenames()).contains("i18n/platform/messages", "i18n/identity/messages",
                "i18n/taxonomy/messages", "i18n/site/messages", "i18n/practices/messages", "i18n/pledges/messages",
                "i18n/portability/messages");
    }

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String basename : ModuleMessages.basenames()) {
            Properties spanish = load(basename + ".properties");
            for (String language : TRANSLATIONS) {
                Properties other = load(basename + "_" + language + ".properties");
                Set<String> missing = new TreeSet<>(spanish.stringPropertyNames());
                missing.removeAll(other.stringPropertyNames());
                Set<String> extra = new TreeSet<>(other.stringPropertyNames());
                extra.removeAll(spanish.stringPropertyNames());
                missing.forEach(k -> problems.add(basename + "_" + language + ": missing " + k));
                extra.forEach(k -> problems.add(basename + "_" + language + ": not in Spanish " + k));
                for (String key : other.stringPropertyNames()) {
                    String text = other.getProperty(key);
                    if (text.isBlank()) {
                        problems.add(basename + "_" + language + ": empty " + key);
                    }
                    if (spanish.containsKey(key) && !placeholders(text).equals(placeholders(spanish.getProperty(key)))) {
                        problems.add(basename + "_" + language + ": placeholders of " + key + " differ from Spanish");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A text with arguments goes through MessageFormat, where a lone apostrophe starts a quoted section and swallows
     * the placeholders after it; a text without arguments is shown as written, so a doubled one would show twice.
     */
    @Test
    void apostrophesAreWrittenAsMessageFormatReadsThem() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String basename : ModuleMessages.basenames()) {
            for (String suffix : List.of("", "_en", "_fr", "_pt")) {
                Properties bundle = load(basename + suffix + ".properties");
                for (String key : bundle.stringPropertyNames()) {
                    String text = bundle.getProperty(key);
                    boolean arguments = PLACEHOLDER.matcher(text).find();
                    String withoutDoubled = text.replace("''", "");
                    if (arguments && withoutDoubled.contains("'")) {
                        problems.add(basename + suffix + ": lone apostrophe in " + key);
                    }
                    if (!arguments && text.contains("''")) {
                        problems.add(basename + suffix + ": doubled apostrophe without arguments in " + key);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsDefinedByTwoModules() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String basename : ModuleMessages.basenames()) {
            for (String key : load(basename + ".properties").stringPropertyNames()) {
                String before = owner.put(key, basename);
                if (before != null) {
                    twice.add(key + " in " + before + " and " + basename);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void theMergedSourceFormatsArgumentsAndFallsBackToSpanish() {
        var messages = ModuleMessages.source();
        assertThat(messages.getMessage("objective.label", new Object[] {5}, java.util.Locale.FRENCH)).isEqualTo("Objectif 5");
        assertThat(messages.getMessage("objective.label", new Object[] {5}, java.util.Locale.GERMAN))
                .as("a language Pacto does not speak reads the Spanish source").isEqualTo("Objetivo 5");
        assertThat(messages.getMessage("nav.audit", null, java.util.Locale.FRENCH))
                .as("a text without arguments keeps its single apostrophe").isEqualTo("Journal d'audit");
        assertThat(messages.getMessage("no.such.key", null, "fallback", java.util.Locale.ENGLISH)).isEqualTo("fallback");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
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
