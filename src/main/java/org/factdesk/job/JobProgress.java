package org.factdesk.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far a job is: items finished of all, and from the rate so far, how long the rest should take. {@code stepDone}
 * of {@code stepTotal} is how far the item in flight is, for jobs of one long item (claims of an export), or 0 of 0.
 */
public record JobProgress(int total, int done, int duplicates, int rejected, int failed, int cancelled, int stepDone,
                          int stepTotal) {

    public JobProgress(int total, int done, int duplicates, int rejected, int failed, int cancelled) {
        this(total, done, duplicates, rejected, failed, cancelled, 0, 0);
    }

    public int finished() {
        return done + duplicates + rejected + failed + cancelled;
    }

    public int pending() {
        return total - finished();
    }

    /** Whether the item in flight has said how far it is. */
    public boolean inStep() {
        return pending() > 0 && stepTotal > 0;
    }

    public double fraction() {
        if (total == 0) {
            return 1;
        }
        double step = inStep() ? Math.min(1, (double) stepDone / stepTotal) : 0;
        return (finished() + step) / total;
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
