package org.factdesk.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. After {@value #FREE_ATTEMPTS_PER_LOGIN} failures for one login
 * name, or {@value #FREE_ATTEMPTS_PER_ADDRESS} from one address, further attempts are refused for
 * a lock-out that doubles with each failure, up to {@link #MAX_LOCK}. Unknown login names are
 * counted exactly like real ones, so the throttle tells nobody which names exist.
 * <p>
 * Kept in memory per instance: a restart forgets it, and behind a load balancer each instance
 * counts on its own. That still caps guessing at a few attempts per minute per instance.
 * <p>
 * Every way of signing in with a password (the sign-in form, the API's token exchange) goes
 * through {@link PasswordSignIn} or the application's {@code AuthenticationManager}, both of which
 * consult this throttle; a path that checks passwords some other way must call {@link #check},
 * {@link #failed} and {@link #succeeded} itself.
 * <p>
 * See decision 0011 in docs/decisions.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS_PER_LOGIN = 5;
    static final int FREE_ATTEMPTS_PER_ADDRESS = 20;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byLogin = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Refuses the attempt before any password is checked while the login name or address is paused. */
    public void check(String login, String address) {
        if (isLocked(login, address)) {
            log.warn("Refused sign-in for login \"{}\" from {}: paused after repeated failures",
                    forLog(login), address == null ? "an unknown address" : address);
            throw new SignInThrottledException();
        }
    }

    public boolean isLocked(String login, String address) {
        return lockedUntil(byLogin.get(key(login)), FREE_ATTEMPTS_PER_LOGIN).isAfter(clock.instant())
                || address != null
                && lockedUntil(byAddress.get(address), FREE_ATTEMPTS_PER_ADDRESS).isAfter(clock.instant());
    }

    /** Counts a failed attempt and logs it (login name and address; the password never reaches here). */
    public void failed(String login, String address) {
        Instant now = clock.instant();
        log.warn("Failed sign-in for login \"{}\" from {}", forLog(login), address == null ? "an unknown address" : address);
        byLogin.merge(key(login), new Failures(1, now), (old, one) -> next(old, now));
        if (address != null) {
            byAddress.merge(address, new Failures(1, now), (old, one) -> next(old, now));
        }
        if (byLogin.size() > 100_000) {
            byLogin.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
    }

    public void succeeded(String login) {
        byLogin.remove(key(login));
    }

    /** Forgets every failure; for tests, which share one throttle and all sign in from the loopback address. */
    void forgetAll() {
        byLogin.clear();
        byAddress.clear();
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

    /** A login name is typed by anyone: no line breaks or control characters into the log, and not too long. */
    static String forLog(String login) {
        if (login == null) {
            return "";
        }
        String clean = login.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }

    private static String key(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }
}
