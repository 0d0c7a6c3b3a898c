package org.pacto.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock someone else out (issue 16, item 9). Failures are counted
 * for an address from one client (5), for one client across addresses (20: credential stuffing) and for an
 * address across clients (50: guessing spread over many machines); reaching a limit refuses that pair, that
 * client or that address for {@link #LOCK}. Unknown addresses are counted exactly like known ones, so the answer
 * never tells which exist. The client is the remote address, which is the forwarded one only when the proxy is
 * trusted ({@code PACTO_TRUSTED_PROXIES}).
 */
@Component
public class LoginThrottle {

    static final int ADDRESS_FROM_CLIENT = 5;
    static final int FROM_CLIENT = 20;
    static final int FOR_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Expired entries are swept once the table grows past this, so a flood of addresses cannot exhaust memory. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Failures(int count, Instant first, Instant lockedUntil) {
        boolean locks(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        boolean expired(Instant now) {
            return now.isAfter(first.plus(WINDOW)) && !locks(now);
        }
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a sign-in for this address from this client is refused before its password is even checked. */
    public boolean refuses(String email, String client) {
        Instant now = clock.instant();
        return keys(email, client).entrySet().stream().anyMatch(k -> {
            var entry = failures.get(k.getKey());
            return entry != null && entry.locks(now);
        });
    }

    void failed(String email, String client) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(f -> f.expired(now));
        }
        keys(email, client).forEach((key, limit) -> failures.compute(key, (k, old) -> {
            if (old == null || old.expired(now)) {
                return new Failures(1, now, limit == 1 ? now.plus(LOCK) : null);
            }
            int count = old.count() + 1;
            return new Failures(count, old.first(), count >= limit ? now.plus(LOCK) : old.lockedUntil());
        }));
    }

    /** A success clears only the count of this address from this client: others' failures still stand. */
    void succeeded(String email, String client) {
        failures.remove(pair(email, client));
    }

    /** Lifts every throttle (tests, which all sign in from one client, call it to stay independent). */
    public void forgetAll() {
        failures.clear();
    }

    private static Map<String, Integer> keys(String email, String client) {
        return Map.of(pair(email, client), ADDRESS_FROM_CLIENT, "client|" + client, FROM_CLIENT,
                "address|" + address(email), FOR_ADDRESS);
    }

    private static String pair(String email, String client) {
        return "pair|" + address(email) + "|" + client;
    }

    private static String address(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
