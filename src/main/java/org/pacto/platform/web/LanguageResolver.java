package org.pacto.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.Language;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the language of a response: {@code ?lang=} first; on pages the visitor's kept choice (a
 * cookie); then the first supported language of {@code Accept-Language}; Spanish otherwise.
 */
public final class LanguageResolver implements LocaleResolver {

    public static final String PARAMETER = "lang";
    static final String COOKIE = "pacto-lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return fromParameter(request)
                .or(() -> isApi(request) ? Optional.empty() : fromCookie(request))
                .or(() -> fromHeader(request))
                .orElse(Language.DEFAULT).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        if (response == null || locale == null || isApi(request)) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, Language.of(locale).code());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    static Optional<Language> fromParameter(HttpServletRequest request) {
        return Language.fromCode(request.getParameter(PARAMETER));
    }

    private static Optional<Language> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Language.fromCode(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<Language> fromHeader(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            var language = Language.fromCode(locale.getLanguage());
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
