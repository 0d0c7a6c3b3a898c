package org.pacto.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Interface text lives in one bundle per module, {@code i18n/<module>/messages*.properties}: Spanish,
 * the source language, in {@code messages.properties}, then {@code _en}, {@code _fr}, {@code _pt}. They are
 * ordinary UTF-8 Java properties, so translators' tools read them as they are. A new module's bundle is found
 * on the class path without being listed anywhere; {@code MessageBundlesTest} checks that the languages keep
 * the same keys and placeholders and that no key is defined by two modules.
 */
@Configuration(proxyBeanMethods = false)
public class ModuleMessages {

    private static final Pattern MODULE_BUNDLE = Pattern.compile(".*/i18n/([a-z]+)/messages\\.properties$");

    /** The basenames of every module's bundle on the class path, e.g. {@code i18n/practices/messages}. */
    public static List<String> basenames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(ModuleMessages.class.getClassLoader())
                    .getResources("classpath*:i18n/*/messages.properties");
            return Arrays.stream(found).map(ModuleMessages::basename).filter(b -> !b.isEmpty()).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String basename(Resource resource) {
        try {
            Matcher matcher = MODULE_BUNDLE.matcher(resource.getURL().toString());
            return matcher.matches() ? "i18n/" + matcher.group(1) + "/messages" : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The message source of the whole application, over every module's bundle. The bundles are merged per language
     * once, so a message costs one map look-up: a {@code ResourceBundleMessageSource} over seven basenames tries each
     * in turn, and the portability batch (thousands of rendered steps a second) spent a quarter of its time there.
     */
    public static Merged source() {
        return new Merged(basenames());
    }

    /**
     * Every module's texts for one language over the Spanish source (what a missing translation, or a language Pacto
     * does not speak, falls back to), kept per language; message formats are cached per code and locale.
     */
    public static final class Merged extends AbstractMessageSource {
        private final List<String> basenames;
        private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();
        private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

        Merged(List<String> basenames) {
            this.basenames = basenames;
        }

        @Override
        protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
            return texts(locale).get(code);
        }

        @Override
        protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
            String text = texts(locale).get(code);
            if (text == null) {
                return null;
            }
            // AbstractMessageSource formats under a lock on the MessageFormat, so one cached instance is safe.
            return formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                    .computeIfAbsent(code, c -> createMessageFormat(text, locale));
        }

        private Map<String, String> texts(Locale locale) {
            return byLanguage.computeIfAbsent(locale.getLanguage(), this::load);
        }

        private Map<String, String> load(String language) {
            Map<String, String> texts = new HashMap<>();
            for (String basename : basenames) {
                read(basename + ".properties", texts);
                if (!language.isEmpty()) {
                    read(basename + "_" + language + ".properties", texts);
                }
            }
            return Map.copyOf(texts);
        }

        private static void read(String path, Map<String, String> into) {
            try (InputStream in = ModuleMessages.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    return;
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                properties.stringPropertyNames().forEach(key -> into.put(key, properties.getProperty(key)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Bean
    MessageSource messageSource() {
        return source();
    }
}
