package org.pacto.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

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
     * <p>
     * Issue 19: links to them carry a hash of the content ({@code /css/pacto-3f….css}, written by
     * {@code @{…}} in the templates through {@link ResourceUrlEncodingFilter}; url(…) in CSS too), so
     * they are cached for a year ({@link StaticCaching}); the gzip and Brotli forms made at build time
     * (pom.xml, antrun) are sent to browsers that accept them, Brotli first whatever order the browser lists
     * them in ({@link PreferredEncodings}), with {@code Vary: Accept-Encoding}. The
     * webjars Pacto serves are unpacked under {@code static/webjars} by the build, the jars stay behind
     * them for anything else.
     */
    @Override
    public void addResourceHandlers(org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry registry) {
        for (String folder : java.util.List.of("css", "js", "geo")) {
            chain(registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/"));
        }
        chain(registry.addResourceHandler("/*.svg").addResourceLocations("classpath:/static/"));
        chain(registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/static/webjars/", "classpath:/META-INF/resources/webjars/"))
                .addResolver(new org.springframework.web.servlet.resource.LiteWebJarsResourceResolver());
    }

    private static org.springframework.web.servlet.config.annotation.ResourceChainRegistration chain(
            org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration handler) {
        // The cache is placed by hand after PreferredEncodings (resourceChain(true) would put it first): it keys on
        // the codings of Accept-Encoding without their q-values, so in front of PreferredEncodings it answered
        // "br;q=0, gzip" with the Brotli file cached for "br, gzip" (StaticFilesTest).
        var cache = new org.springframework.cache.concurrent.ConcurrentMapCache("pacto-static-resources");
        return handler.resourceChain(false)
                .addResolver(new PreferredEncodings())
                .addResolver(new org.springframework.web.servlet.resource.CachingResourceResolver(cache))
                .addResolver(new org.springframework.web.servlet.resource.EncodedResourceResolver())
                .addResolver(new org.springframework.web.servlet.resource.VersionResourceResolver()
                        .addContentVersionStrategy("/**"))
                .addTransformer(new org.springframework.web.servlet.resource.CachingResourceTransformer(cache))
                .addTransformer(new org.springframework.web.servlet.resource.CssLinkResourceTransformer());
    }

    /** Rewrites links to static files in pages to their content-hashed form. */
    @Bean
    ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
        return new ResourceUrlEncodingFilter();
    }

    @Bean
    StaticCaching staticCaching() {
        return new StaticCaching();
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
