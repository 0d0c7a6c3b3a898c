package org.pacto.platform.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the 503 of {@link DatabaseOutage} is given. A filter ahead of Spring Security answers at once
 * while the embedded server is known to be down (sign-in and bearer tokens read the database, so
 * nothing behind it could answer anyway) and catches connection failures thrown by later filters;
 * an exception resolver ahead of the controller advice catches those thrown by controllers, which
 * would otherwise become a 500. Static files and the health probes are always served.
 */
@Configuration(proxyBeanMethods = false)
class OutageGuard {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseOutageFilter(DatabaseOutage outage) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if (outage.known() && !alwaysServed(request)) {
                    outage.answer(request, response);
                    return;
                }
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | IOException | RuntimeException e) {
                    if (!DatabaseOutage.isConnectionFailure(e) || response.isCommitted()) {
                        throw e;
                    }
                    outage.answer(request, response);
                }
            }
        });
        registration.setName("databaseOutage");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    HandlerExceptionResolver databaseOutageResolver(DatabaseOutage outage) {
        return new OutageResolver(outage);
    }

    private static boolean alwaysServed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/geo/") || path.startsWith("/webjars/") || path.endsWith(".svg");
    }

    /** Runs before the controller advice (order 0), which would answer 500 for any exception. */
    private record OutageResolver(DatabaseOutage outage) implements HandlerExceptionResolver, Ordered {
        @Override
        public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                                                       @Nullable Object handler, Exception failure) {
            if (!DatabaseOutage.isConnectionFailure(failure) || response.isCommitted()) {
                return null;
            }
            try {
                outage.answer(request, response);
            } catch (IOException e) {
                return null;
            }
            return new ModelAndView();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }
    }
}
