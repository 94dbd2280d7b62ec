package org.factdesk.link;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.factdesk.base.live.LiveChannel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the link queue batch by batch: a batch's claims are taken (skip locked: workers on every instance share
 * the queue) and indexed in one transaction, then compared and taken off the queue in a second, so a crash leaves
 * them queued, not lost, and they are taken again once their batch is stale.
 */
@org.springframework.stereotype.Component
class LinkWorker {

    private final JdbcLinkRepository links;
    private final Linker linker;
    private final LinkScheduling scheduling;
    private final LinkSettings settings;
    /** A taken batch not done after this long is taken again: its worker died. */
    private static final Duration STALE = Duration.ofMinutes(5);

    private final LiveChannel live;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LinkWorker(JdbcLinkRepository links, Linker linker, LinkScheduling scheduling, LinkSettings settings,
               LiveChannel live, PlatformTransactionManager transactions, ApplicationEventPublisher events,
               Clock clock) {
        this.events = events;
        this.clock = clock;
        this.links = links;
        this.linker = linker;
        this.scheduling = scheduling;
        this.settings = settings;
        this.live = live;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Links batch after batch until the queue is empty or {@code stop} says so (the engine pausing or stopping). */
    void drain(java.util.function.BooleanSupplier stop) {
        while (!stop.getAsBoolean() && batch()) {
            // the next batch; what is left when stopped is taken up by the sweep once the engine runs again
        }
    }

    /** One batch in two transactions: take and index, then suggest and take off the queue. */
    private boolean batch() {
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var taken = transaction.execute(status -> {
            var claims = links.take(settings.batchSize(), at, at.minus(STALE));
            linker.index(claims.claims());
            return claims;
        });
        if (taken == null || taken.isEmpty()) {
            return false;
        }
        var projects = transaction.execute(status -> {
            var touched = linker.suggest(taken.claims());
            links.done(taken, at);
            touched.forEach(p -> events.publishEvent(new LinksChanged(p)));
            return touched;
        });
        projects.forEach(p -> live.publish(LinkTopics.project(p), LinkTopics.Signal.LINKS, "Factdesk"));
        return true;
    }

    void sweep() {
        if (links.anyPending()) {
            transaction.executeWithoutResult(status -> scheduling.scheduleWorkers());
        }
    }
}
