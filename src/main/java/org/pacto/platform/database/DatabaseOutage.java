package org.pacto.platform.database;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.web.Layout;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Pacto answers while its database cannot be reached (issue 16, item 8): at once, 503 with
 * {@code Retry-After}, as problem+json with the stable code {@code database-unavailable} under
 * {@code /api} and as the localised error page elsewhere. Before, each request waited 30 s for a
 * connection and then answered 500.
 */
@Component
public class DatabaseOutage {

    static final String CODE = "database-unavailable";
    static final String RETRY_AFTER_SECONDS = "5";

    private final ObjectProvider<EmbeddedDatabaseConfiguration.EmbeddedPostgres> embedded;
    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;
    private final ViewResolver views;

    DatabaseOutage(ObjectProvider<EmbeddedDatabaseConfiguration.EmbeddedPostgres> embedded, MessageSource messages,
                   JsonMapper json, LocaleResolver localeResolver,
                   @Qualifier("thymeleafViewResolver") ViewResolver views) {
        this.embedded = embedded;
        this.messages = messages;
        this.json = json;
        this.locales = localeResolver;
        this.views = views;
    }

    /**
     * True while the embedded server is known to be stopped or restarting (never for an external server). The
     * postmaster is looked at directly (one small read of {@code /proc}), so a request that arrives between a crash
     * and the watch's next look is not left waiting for a connection either.
     */
    public boolean known() {
        var server = embedded.getIfAvailable();
        return server != null && (server.server().watch().state() != ServerWatch.State.RUNNING
                || !server.server().postmasterAlive());
    }

    /**
     * Whether a failure comes from not reaching the database (no connection within the pool's
     * timeout, connection refused or broken, server shutting down), as opposed to a fault in a query.
     */
    public static boolean isConnectionFailure(@Nullable Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** Writes the 503 answer, in the language the request asks for. */
    public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        Locale locale = locales.resolveLocale(request);
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            String title = messages.getMessage("problem.title.503", null, locale);
            String detail = messages.getMessage("problem." + CODE, null, locale);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                var body = new LinkedHashMap<String, Object>();
                body.put("type", "urn:pacto:problem:" + CODE);
                body.put("title", title);
                body.put("status", 503);
                body.put("detail", detail);
                body.put("instance", request.getRequestURI());
                body.put("code", CODE);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(), body);
                return;
            }
            page(request, response, locale, title, detail);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Locale locale, String title,
                      String detail) throws IOException {
        Map<String, Object> model = new java.util.HashMap<>(Layout.attributes(request));
        model.put("status", 503);
        model.put("problemTitle", title);
        model.put("detail", detail);
        model.put("errors", java.util.List.of());
        try {
            request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
            var view = views.resolveViewName("error/problem", locale);
            if (view == null) {
                throw new IllegalStateException("No error page template");
            }
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            view.render(model, request, response);
        } catch (Exception e) {
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException(new ServletException("The outage page could not be rendered", e));
        }
    }
}
