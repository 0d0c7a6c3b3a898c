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
import org.springframework.context.support.ResourceBundleMessageSource;
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

    /** The message source of the whole application, over every module's bundle. */
    public static ResourceBundleMessageSource source() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(basenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Bean
    MessageSource messageSource() {
        return source();
    }
}
