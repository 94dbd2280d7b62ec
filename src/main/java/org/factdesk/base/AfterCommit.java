package org.factdesk.base;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that follows a commit in a transaction of its own, and runs once per key however often the transaction asks
 * for it. It is for starting shared background work, such as a project's timeline build: one db-scheduler row that
 * every change in the project schedules. Inserted inside the changing transaction, that row is a lock. Any other
 * transaction that schedules it waits until the first one ends, and then fails with a duplicate key. That stalled a
 * bulk import's workers behind each other and turned a good file into "It could not be read".
 * <p>
 * What is given up: a crash between the commit and the task leaves the work unscheduled. So each use has a sweep
 * that schedules whatever is still waiting. The work itself (a change noted, a claim queued) is written in the
 * transaction, so nothing is lost, only started a little later.
 */
@Component
public class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private final TransactionTemplate own;

    AfterCommit(PlatformTransactionManager transactions) {
        this.own = new TransactionTemplate(transactions);
        // after a commit the finished transaction's connection is still bound: work there would join nothing
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs {@code task} after the current transaction commits (at once if there is none), once per {@code key}. */
    public void run(String key, Runnable task) {
        Objects.requireNonNull(key, "key");
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            runNow(key, task);
            return;
        }
        boolean registered = TransactionSynchronizationManager.getSynchronizations().stream()
                .anyMatch(s -> s instanceof Once once && once.key.equals(key));
        if (!registered) {
            TransactionSynchronizationManager.registerSynchronization(new Once(key, task));
        }
    }

    private void runNow(String key, Runnable task) {
        try {
            own.executeWithoutResult(status -> task.run());
        } catch (RuntimeException e) {
            // the committed work waits for its sweep, which runs the task again within a minute
            log.warn("Could not start {} after its commit; its sweep will", key, e);
        }
    }

    private final class Once implements TransactionSynchronization {

        private final String key;
        private final Runnable task;

        Once(String key, Runnable task) {
            this.key = key;
            this.task = task;
        }

        @Override
        public void afterCommit() {
            runNow(key, task);
        }
    }
}
