package org.pacto.identity.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in through the {@link LoginThrottle}: a throttled attempt is refused at once, before any look-up, for
 * known and unknown addresses alike; otherwise the password is checked (a dummy one for unknown addresses, by
 * Spring's provider) and the outcome counted.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName() == null ? "" : authentication.getName();
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        if (throttle.refuses(email, client)) {
            throw new Throttled();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(email, client);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(email, client);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failures for this address from here, from this client, or for this address. */
    static final class Throttled extends AuthenticationException {
        Throttled() {
            super("sign-in throttled");
        }
    }
}
