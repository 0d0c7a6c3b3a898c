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
