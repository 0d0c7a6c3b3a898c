package org.pacto.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, item 9: nobody can lock someone else out from one machine; guessing is still slowed. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void failuresFromOneClientDoNotLockTheAddressForOthers() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FROM_CLIENT; i++) {
            throttle.failed("Ana@Example.org", "203.0.113.9");
        }
        assertThat(throttle.refuses("ana@example.org", "203.0.113.9")).isTrue();
        assertThat(throttle.refuses("ana@example.org", "198.51.100.1")).as("the owner elsewhere").isFalse();
        assertThat(throttle.refuses("otra@example.org", "203.0.113.9")).as("the client, other addresses").isFalse();
    }

    @Test
    void aClientTryingManyAddressesWaits() {
        for (int i = 0; i < LoginThrottle.FROM_CLIENT; i++) {
            throttle.failed("persona" + i + "@example.org", "203.0.113.9");
        }
        assertThat(throttle.refuses("nueva@example.org", "203.0.113.9")).isTrue();
        assertThat(throttle.refuses("nueva@example.org", "198.51.100.1")).isFalse();
    }

    @Test
    void guessingOneAddressFromManyClientsIsSlowedToo() {
        for (int i = 0; i < LoginThrottle.FOR_ADDRESS; i++) {
            throttle.failed("ana@example.org", "10.0." + i / 200 + "." + i % 200);
        }
        assertThat(throttle.refuses("ana@example.org", "198.51.100.1")).isTrue();
    }

    @Test
    void theLockEndsAndASuccessClearsOnlyItsOwnCount() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FROM_CLIENT - 1; i++) {
            throttle.failed("ana@example.org", "203.0.113.9");
        }
        throttle.succeeded("ana@example.org", "203.0.113.9");
        throttle.failed("ana@example.org", "203.0.113.9");
        assertThat(throttle.refuses("ana@example.org", "203.0.113.9")).isFalse();
        for (int i = 0; i < LoginThrottle.ADDRESS_FROM_CLIENT; i++) {
            throttle.failed("ana@example.org", "203.0.113.9");
        }
        assertThat(throttle.refuses("ana@example.org", "203.0.113.9")).isTrue();
        now = now.plus(LoginThrottle.LOCK).plus(Duration.ofSeconds(1));
        assertThat(throttle.refuses("ana@example.org", "203.0.113.9")).isFalse();
    }
}
