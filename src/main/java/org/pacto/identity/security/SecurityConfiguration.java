package org.pacto.identity.security;

import jakarta.servlet.http.HttpServletResponse;
import org.pacto.identity.account.Membership;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two chains: the API (stateless, bearer tokens, problem details for 401/403) and the pages
 * (session sign-in, CSRF on every form, session fixation protection). Both send strict headers,
 * with a Content Security Policy that allows no inline script or style.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the {id} prefix so the algorithm can change without a reset.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Membership membership, ApiProblems problems) throws Exception {
        // Everything under /api/, but not the page /api itself (the API's reference, a page with the session).
        http.securityMatcher("/api/*/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(new BearerTokens(membership, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        // Portability calculations are public, like a calculator: nothing is stored.
                        .requestMatchers(HttpMethod.POST, "/api/v1/portability/calculations",
                                "/api/v1/portability/calculations/batch").permitAll()
                        // So are the indicators' computations (issue 10): they store nothing.
                        .requestMatchers(HttpMethod.POST, "/api/v1/indicators/10.c.1/compute",
                                "/api/v1/indicators/10.7.1/compute", "/api/v1/indicators/17.3.2/compute").permitAll()
                        // Registering for a dialogue needs no account (issue 11); one registration per e-mail.
                        .requestMatchers(HttpMethod.POST, "/api/v1/dialogue/events/*/registrations").permitAll()
                        // Labour-demand runs are public too: nothing is stored (issue 14).
                        .requestMatchers(HttpMethod.POST, "/api/v1/mobility/labour-demand/runs").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(req, res, 401, "unauthenticated"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "forbidden")))
                .headers(h -> headers(h));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Membership membership, AccountDetails accounts,
                              PasswordEncoder passwords, LoginThrottle throttle) throws Exception {
        var passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        http.authenticationManager(new ProviderManager(new ThrottledSignIn(passwordCheck, throttle)))
                .addFilterBefore(new CurrentSessions(membership), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/admin/**").hasAnyRole("ADMIN", "SECRETARIAT")
                        .requestMatchers("/profile/**", "/profile").authenticated()
                        .anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/profile", false)
                        .failureHandler(new SignInFailures()).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                // Refusals go to /error (platform.web.ErrorPages) with their reason, so a failed CSRF check reads
                // "the form expired" and a forbidden page "your role does not allow this", as Pacto's pages.
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                    request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                }))
                .headers(h -> headers(h));
        return http.build();
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"))
                .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31536000));
    }
}
