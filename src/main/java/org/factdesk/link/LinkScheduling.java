package org.factdesk.link;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The linking workers as db-scheduler executions ({@code link-work}, instances {@code 0…n-1}): scheduled in the
 * caller's transaction when claims are queued, so they exist exactly when there is work; a worker that finds the
 * queue empty ends, and scheduling again while one runs is a no-op.
 */
@Component
class LinkScheduling {

    static final String WORK_TASK = "link-work";

    private final ObjectProvider<SchedulerClient> scheduler;
    private final LinkSettings settings;
    private final Clock clock;

    LinkScheduling(ObjectProvider<SchedulerClient> scheduler, LinkSettings settings, Clock clock) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.clock = clock;
    }

    void scheduleWorkers() {
        for (int n = 0; n < settings.workers(); n++) {
            scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(WORK_TASK, Integer.toString(n)), clock.instant());
        }
    }
}
