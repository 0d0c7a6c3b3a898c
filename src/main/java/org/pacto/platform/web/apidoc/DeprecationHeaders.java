package org.pacto.platform.web.apidoc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.ApiDeprecation;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes the deprecation policy's headers (docs/api-changes.md) on every answer of an operation marked
 * {@link ApiDeprecation}: {@code Deprecation} as RFC 9745 has it (an {@code @}-prefixed Unix time),
 * {@code Sunset} as RFC 8594 has it (an HTTP date) and the successor as a {@code Link}. They are set before
 * the operation runs, so refusals (4xx) carry them too: a client learns of the sunset whatever it sent.
 */
@Configuration(proxyBeanMethods = false)
class DeprecationHeaders implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            ApiDeprecation deprecation = of(method);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (deprecation != null && applies(deprecation, path)) {
                write(deprecation, path, response);
            }
        }
        return true;
    }

    static @Nullable ApiDeprecation of(HandlerMethod method) {
        ApiDeprecation deprecation = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ApiDeprecation.class);
        return deprecation != null ? deprecation
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ApiDeprecation.class);
    }

    static boolean applies(ApiDeprecation deprecation, String path) {
        String prefix = deprecation.pathPrefix();
        return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
    }

    static void write(ApiDeprecation deprecation, String path, HttpServletResponse response) {
        long since = LocalDate.parse(deprecation.since()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        response.setHeader("Deprecation", "@" + since);
        response.setHeader("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                LocalDate.parse(deprecation.sunset()).atStartOfDay(ZoneOffset.UTC)));
        if (!deprecation.successor().isEmpty()) {
            String successor = deprecation.pathPrefix().isEmpty() ? deprecation.successor()
                    : deprecation.successor() + path.substring(deprecation.pathPrefix().length());
            response.addHeader("Link", "<" + successor + ">; rel=\"successor-version\"");
        }
    }
}
