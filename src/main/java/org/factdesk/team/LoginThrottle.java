package org.factdesk.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. After {@value #FREE_ATTEMPTS_PER_LOGIN} failures for one login
 * name, or {@value #FREE_ATTEMPTS_PER_ADDRESS} from one address, further attempts are refused for
 * a lock-out that doubles with each failure, up to {@link #MAX_LOCK}. Unknown login names are
 * counted exactly like real ones, so the throttle tells nobody which names exist.
 * <p>
 * Kept in memory per instance: a restart forgets it, and behind a load balancer each instance
 * counts on its own. That still caps guessing at a few attempts per minute per instance.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS_PER_LOGIN = 5;
    static final int FREE_ATTEMPTS_PER_ADDRESS = 20;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byLogin = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String login, String address) {
        return lockedUntil(byLogin.get(key(login)), FREE_ATTEMPTS_PER_LOGIN).isAfter(clock.instant())
                || address != null
                && lockedUntil(byAddress.get(address), FREE_ATTEMPTS_PER_ADDRESS).isAfter(clock.instant());
    }

    void failed(String login, String address) {
        Instant now = clock.instant();
        byLogin.merge(key(login), new Failures(1, now), (old, one) -> next(old, now));
        if (address != null) {
            byAddress.merge(address, new Failures(1, now), (old, one) -> next(old, now));
        }
        if (byLogin.size() > 100_000) {
            byLogin.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
    }

    void succeeded(String login) {
        byLogin.remove(key(login));
    }

    private Failures next(Failures old, Instant now) {
        int count = old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.count() + 1;
        return new Failures(count, now);
    }

    private static Instant lockedUntil(Failures failures, int freeAttempts) {
        if (failures == null || failures.count() < freeAttempts) {
            return Instant.MIN;
        }
        int doublings = Math.min(failures.count() - freeAttempts, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return failures.last().plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
    }

    private static String key(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }
}
