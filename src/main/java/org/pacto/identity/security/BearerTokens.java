package org.pacto.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pacto.identity.account.Membership;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. A token that is
 * unknown or revoked is refused at once with 401 rather than treated as anonymous.
 */
class BearerTokens extends OncePerRequestFilter {

    private final Membership membership;
    private final ApiProblems problems;

    BearerTokens(Membership membership, ApiProblems problems) {
        this.membership = membership;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var person = membership.personForToken(header.substring(7).strip());
        if (person.isEmpty()) {
            problems.write(request, response, 401, "invalid-token");
            return;
        }
        var principal = new SignedIn(person.get().actor(), null, person.get().sessionVersion());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
