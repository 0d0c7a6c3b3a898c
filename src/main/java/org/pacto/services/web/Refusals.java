package org.pacto.services.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pacto.services.domain.RefusedRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The 400 problem+json of a refusal with its own code ({@code insufficient-proof}, {@code consent-required}):
 * the same members as every problem of Pacto (type, title, status, detail, instance, code) plus its figures.
 */
final class Refusals {

    private Refusals() {
    }

    static ResponseEntity<Map<String, Object>> answer(RefusedRequest refused, HttpServletRequest request,
                                                      MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:pacto:problem:" + refused.code());
        body.put("title", messages.getMessage("problem.title.400", null, "Bad Request", locale));
        body.put("status", 400);
        body.put("detail", messages.getMessage("problem." + refused.code(), null, refused.code(), locale));
        body.put("instance", request.getRequestURI());
        body.put("code", refused.code());
        body.putAll(refused.properties());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
