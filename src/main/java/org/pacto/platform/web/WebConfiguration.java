package org.pacto.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final InputBinding input;

    WebConfiguration(InputBinding input) {
        this.input = input;
    }

    /**
     * Every JSON body is read with {@link org.pacto.platform.JsonInput}'s bounds (text, decimals,
     * dates, no nulls inside lists); a document nested deeper than any request of Pacto is refused.
     */
    @Bean
    org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer boundedInput() {
        return builder -> org.pacto.platform.JsonInput.apply(builder);
    }

    @Bean
    org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer boundedDocuments() {
        return factory -> factory.streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1_000_000).build());
    }

    /** Every list reads its page the same way ({@link org.pacto.platform.Paging}). */
    @Override
    public void addArgumentResolvers(java.util.List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PagingArguments());
    }

    /** Decimals and dates bound from forms and queries meet the same bounds as JSON. */
    @Override
    public void addFormatters(org.springframework.format.FormatterRegistry registry) {
        registry.addConverter(String.class, java.math.BigDecimal.class, new InputBinding.BoundedDecimal());
        registry.addConverter(String.class, java.time.LocalDate.class, new InputBinding.RealisticDate());
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    /**
     * Static files are served from their own folders only. Boot's default handler maps {@code /**},
     * which makes the resource chain try every link of every page as a possible file (a jar lookup
     * per link per request); the home page spent most of its time there.
     */
    @Override
    public void addResourceHandlers(org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry registry) {
        var cache = org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(12)).cachePublic();
        for (String folder : java.util.List.of("css", "js", "geo")) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/").setCacheControl(cache);
        }
        registry.addResourceHandler("/*.svg").addResourceLocations("classpath:/static/").setCacheControl(cache);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cache)
                .resourceChain(true)
                .addResolver(new org.springframework.web.servlet.resource.LiteWebJarsResourceResolver());
    }

    /** A visitor who picks a language keeps it on the following pages. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(input);
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                LanguageResolver.fromParameter(request).ifPresent(language ->
                        localeResolver().setLocale(request, response, language.locale()));
                return true;
            }
        });
    }
}
