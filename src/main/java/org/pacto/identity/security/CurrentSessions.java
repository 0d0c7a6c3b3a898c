package org.pacto.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pacto.identity.account.Membership;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session whose person may no longer act: the password was reset since (issue 16, item 9) or
 * the person's organisation was removed (item 4). Checked on each request of a session, by the person's session
 * version, so it holds across restarts and needs no registry of sessions.
 */
class CurrentSessions extends OncePerRequestFilter {

    private final Membership membership;

    CurrentSessions(Membership membership) {
        this.membership = membership;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn
                && !membership.sessionCurrent(signedIn.actor().person(), signedIn.sessionVersion())) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
