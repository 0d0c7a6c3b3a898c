package org.pacto.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the form: "wrong address or password", or "too many attempts, wait" when
 * throttled; neither says whether the address has an account.
 */
class SignInFailures implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath() + (exception instanceof ThrottledSignIn.Throttled
                ? "/login?locked" : "/login?error"));
    }
}
