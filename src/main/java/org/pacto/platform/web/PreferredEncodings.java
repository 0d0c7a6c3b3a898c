package org.pacto.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Brotli whenever the client accepts it, gzip otherwise, whatever order the client lists them in (issue 19).
 * <p>
 * Why: Spring's {@code EncodedResourceResolver} takes the first coding the client names, and browsers name
 * gzip first ({@code Accept-Encoding: gzip, deflate, br, zstd}, all equally acceptable); the resource cache in
 * front of it keys on the set of codings, not their order ({@code CachingResourceResolver}: "br,gzip"). So the
 * first client decided for every later one: after one browser visit, clients asking {@code br} first got gzip
 * too, and browsers never got the Brotli files the build makes. Placed before the cache (which then keys on
 * what this leaves) and the encoded-file resolver, this hands the latter the codings in the server's order (br, gzip), left out those refused with
 * {@code q=0}, so the answer depends only on the set the cache keys on.
 */
final class PreferredEncodings implements ResourceResolver {

    static final List<String> PREFERENCE = List.of("br", "gzip");

    @Override
    public @Nullable Resource resolveResource(@Nullable HttpServletRequest request, String requestPath,
                                              List<? extends Resource> locations, ResourceResolverChain chain) {
        return chain.resolveResource(request == null ? null : preferring(request), requestPath, locations);
    }

    @Override
    public @Nullable String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
                                           ResourceResolverChain chain) {
        return chain.resolveUrlPath(resourcePath, locations);
    }

    static HttpServletRequest preferring(HttpServletRequest request) {
        String header = request.getHeader("Accept-Encoding");
        if (header == null) {
            return request;
        }
        String ordered = String.join(", ", ordered(header));
        return new HttpServletRequestWrapper(request) {
            @Override
            public @Nullable String getHeader(String name) {
                return "Accept-Encoding".equalsIgnoreCase(name) ? ordered : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Accept-Encoding".equalsIgnoreCase(name) ? Collections.enumeration(List.of(ordered))
                        : super.getHeaders(name);
            }
        };
    }

    /** The codings of {@link #PREFERENCE} the header accepts (not {@code q=0}), in the server's order. */
    static List<String> ordered(String header) {
        Set<String> accepted = new LinkedHashSet<>();
        for (String token : header.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = token.split(";");
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(parameter.substring(2).strip()) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            if (!refused) {
                accepted.add(parts[0].strip());
            }
        }
        return PREFERENCE.stream().filter(accepted::contains).collect(Collectors.toList());
    }
}
