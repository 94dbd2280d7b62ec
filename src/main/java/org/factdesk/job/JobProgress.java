package org.factdesk.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** How far a job is: items finished of all, and from the rate so far, how long the rest should take. */
public record JobProgress(int total, int done, int duplicates, int rejected, int failed, int cancelled) {

    public int finished() {
        return done + duplicates + rejected + failed + cancelled;
    }

    public int pending() {
        return total - finished();
    }

    public double fraction() {
        return total == 0 ? 1 : (double) finished() / total;
    }

    /** Items per second since the job started, or empty before it has. */
    public Optional<Double> rate(Instant startedAt, Instant now) {
        if (startedAt == null || finished() == 0) {
            return Optional.empty();
        }
        double seconds = Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
        return Optional.of(finished() / seconds);
    }

    public Optional<Duration> timeLeft(Instant startedAt, Instant now) {
        return rate(startedAt, now).filter(r -> r > 0)
                .map(r -> Duration.ofSeconds(Math.round(pending() / r)));
    }
}
