package org.pacto.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 answers of the API, written by the security filters as problem details. */
@Component
class ApiProblems {

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiProblems(JsonMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String code) throws IOException {
        var locale = locales.resolveLocale(request);
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "urn:pacto:problem:" + code);
        body.put("title", messages.getMessage("problem.title." + status, null, String.valueOf(status), locale));
        body.put("status", status);
        body.put("detail", messages.getMessage("problem." + code, null, code, locale));
        body.put("instance", request.getRequestURI());
        body.put("code", code);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
