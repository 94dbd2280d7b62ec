package org.factdesk.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-03T18:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void a_few_mistakes_are_free() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_LOGIN - 1; i++) {
            throttle.failed("ann", "10.0.0.1");
        }
        assertThat(throttle.isLocked("ann", "10.0.0.1")).isFalse();
    }

    @Test
    void repeated_failures_lock_the_login_name_for_a_while_then_release_it() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_LOGIN; i++) {
            throttle.failed("Ann", "10.0.0.1");
        }
        assertThat(throttle.isLocked("ann", "10.0.0.99")).isTrue();

        clock.advance(LoginThrottle.FIRST_LOCK.plusSeconds(1));
        assertThat(throttle.isLocked("ann", "10.0.0.99")).isFalse();
    }

    @Test
    void lock_outs_grow_with_each_failure_but_stay_capped() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("bob", null);
        }
        clock.advance(LoginThrottle.MAX_LOCK.minusSeconds(1));
        assertThat(throttle.isLocked("bob", null)).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isLocked("bob", null)).isFalse();
    }

    @Test
    void one_address_guessing_many_names_is_locked_too() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_ADDRESS; i++) {
            throttle.failed("name" + i, "192.0.2.7");
        }
        assertThat(throttle.isLocked("somebody-new", "192.0.2.7")).isTrue();
        assertThat(throttle.isLocked("somebody-new", "192.0.2.8")).isFalse();
    }

    @Test
    void unknown_names_are_throttled_exactly_like_real_ones() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_LOGIN; i++) {
            throttle.failed("no-such-user", "10.0.0.2");
            throttle.failed("admin", "10.0.0.3");
        }
        assertThat(throttle.isLocked("no-such-user", "10.9.9.9")).isEqualTo(throttle.isLocked("admin", "10.9.9.9"));
    }

    @Test
    void a_successful_sign_in_forgets_earlier_failures() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_LOGIN - 1; i++) {
            throttle.failed("cat", null);
        }
        throttle.succeeded("cat");
        throttle.failed("cat", null);
        assertThat(throttle.isLocked("cat", null)).isFalse();
    }
}
