package org.factdesk.link;

import java.util.HashSet;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the link queue batch by batch: each batch's claims are locked (skip locked: workers on every instance
 * share the queue), linked, and taken off the queue in one transaction, so a crash leaves them queued, not lost.
 */
@org.springframework.stereotype.Component
class LinkWorker {

    private final JdbcLinkRepository links;
    private final Linker linker;
    private final LinkScheduling scheduling;
    private final LinkSettings settings;
    private final LiveChannel live;
    private final TransactionTemplate transaction;

    LinkWorker(JdbcLinkRepository links, Linker linker, LinkScheduling scheduling, LinkSettings settings,
               LiveChannel live, PlatformTransactionManager transactions) {
        this.links = links;
        this.linker = linker;
        this.scheduling = scheduling;
        this.settings = settings;
        this.live = live;
        this.transaction = new TransactionTemplate(transactions);
    }

    void drain() {
        while (Boolean.TRUE.equals(transaction.execute(status -> batch()))) {
            // the next batch, in a transaction of its own
        }
    }

    private boolean batch() {
        var ids = links.take(settings.batchSize());
        if (ids.isEmpty()) {
            return false;
        }
        linker.link(ids);
        var projects = new HashSet<ProjectId>(links.projectsOf(ids));
        links.done(ids);
        projects.forEach(p -> live.publish(LinkTopics.project(p), LinkTopics.Signal.LINKS, "Factdesk"));
        return true;
    }

    void sweep() {
        if (links.anyPending()) {
            transaction.executeWithoutResult(status -> scheduling.scheduleWorkers());
        }
    }
}
