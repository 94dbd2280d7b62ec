package org.factdesk.link;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import org.factdesk.base.AfterCommit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The linking workers as db-scheduler executions ({@code link-work}, instances {@code 0…n-1}), scheduled when claims
 * are queued, once the queueing transaction has committed (see {@link AfterCommit} for why not inside it). A worker
 * that finds the queue empty ends, scheduling again while one runs is a no-op, and the sweep starts workers for a
 * queue whose scheduling a crash cut off.
 */
@Component
class LinkScheduling {

    static final String WORK_TASK = "link-work";

    private final ObjectProvider<SchedulerClient> scheduler;
    private final AfterCommit afterCommit;
    private final LinkSettings settings;
    private final Clock clock;

    LinkScheduling(ObjectProvider<SchedulerClient> scheduler, AfterCommit afterCommit, LinkSettings settings,
                   Clock clock) {
        this.scheduler = scheduler;
        this.afterCommit = afterCommit;
        this.settings = settings;
        this.clock = clock;
    }

    void scheduleWorkers() {
        if (settings.workers() == 0) {
            return;
        }
        afterCommit.run(WORK_TASK, () -> {
            for (int n = 0; n < settings.workers(); n++) {
                scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(WORK_TASK, Integer.toString(n)),
                        clock.instant());
            }
        });
    }
}
