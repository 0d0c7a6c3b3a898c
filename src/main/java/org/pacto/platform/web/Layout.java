package org.pacto.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pacto.platform.Language;
import org.pacto.platform.PageController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the language shown, links to the same page in the other
 * languages, and what the navigation offers the visitor.
 */
@ControllerAdvice(annotations = PageController.class)
class Layout {

    @ModelAttribute
    void layout(HttpServletRequest request, Model model) {
        model.addAllAttributes(attributes(request));
    }

    static Map<String, Object> attributes(HttpServletRequest request) {
        Language current = Language.of(LocaleContextHolder.getLocale());
        String query = request.getQueryString();
        String here = request.getRequestURI() + (query == null ? "" : "?" + query);
        List<LanguageLink> links = Arrays.stream(Language.values())
                .map(language -> new LanguageLink(language.code(), language.nativeName(),
                        UriComponentsBuilder.fromUriString(here).replaceQueryParam(LanguageResolver.PARAMETER,
                                language.code()).build(true).toUriString(),
                        language == current))
                .toList();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        Set<String> roles = signedIn ? authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet()) : Set.of();
        Map<String, Object> map = new HashMap<>();
        map.put("lang", current.code());
        map.put("languages", links);
        map.put("currentPath", request.getRequestURI());
        map.put("signedIn", signedIn);
        map.put("isAdmin", roles.contains("ROLE_ADMIN"));
        return map;
    }

    record LanguageLink(String code, String name, String href, boolean current) {
    }
}
