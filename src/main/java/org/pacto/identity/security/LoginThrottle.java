package org.pacto.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for one address within
 * the window, that address is locked for {@link #LOCK}. A success clears the count.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean locked(String email) {
        var entry = failures.get(key(email));
        return entry != null && entry.lockedUntil() != null && clock.instant().isBefore(entry.lockedUntil());
    }

    void failed(String email) {
        Instant now = clock.instant();
        failures.compute(key(email), (k, old) -> {
            if (old == null || now.isAfter(old.first().plus(WINDOW)) && (old.lockedUntil() == null
                    || now.isAfter(old.lockedUntil()))) {
                return new Failures(1, now, null);
            }
            int count = old.count() + 1;
            return new Failures(count, old.first(), count >= MAX_FAILURES ? now.plus(LOCK) : old.lockedUntil());
        });
    }

    void succeeded(String email) {
        failures.remove(key(email));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
