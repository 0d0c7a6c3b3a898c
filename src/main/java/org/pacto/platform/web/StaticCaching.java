package org.pacto.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers keep static files (issue 19). A URL with the content's hash in it
 * ({@code pacto-<32 hex>.css}, as every page links them) never changes: a year, {@code immutable}.
 * The same file asked without the hash (a bookmark, a script that built the URL itself) may change
 * with the next release: an hour, then revalidated. Pages and API answers are left alone (Spring
 * Security marks them {@code no-store}).
 */
class StaticCaching extends OncePerRequestFilter {

    private static final Pattern STATIC = Pattern.compile("^/(css|js|geo|webjars)/.*|^/[^/]+\\.svg$");
    private static final Pattern HASHED = Pattern.compile("-[0-9a-f]{32}\\.[a-z0-9]+$");
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String SHORT = "public, max-age=3600, must-revalidate";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !STATIC.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", HASHED.matcher(request.getRequestURI()).find() ? IMMUTABLE : SHORT);
        chain.doFilter(request, response);
    }
}
