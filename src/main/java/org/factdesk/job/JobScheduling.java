package org.factdesk.job;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A job's workers as db-scheduler executions, named {@code <job>-<n>}. The engine leases each to one instance and,
 * when that instance stops sending heartbeats, hands it to another: that is how work survives a crash.
 * Scheduling uses the caller's transaction (the engine's data source is transaction-aware), so workers exist exactly
 * when their job does; {@code scheduleIfNotExists} makes scheduling again harmless.
 */
@Component
class JobScheduling {

    static final String WORK_TASK = "job-work";

    // the scheduler is built from the task beans, which need the runner, which schedules: look it up late
    private final ObjectProvider<SchedulerClient> scheduler;
    private final Clock clock;

    JobScheduling(ObjectProvider<SchedulerClient> scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    void scheduleWorkers(JobId job, int workers) {
        for (int n = 0; n < workers; n++) {
            scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(WORK_TASK, job + "-" + n), clock.instant());
        }
    }

    static JobId jobOf(String instanceId) {
        return new JobId(Long.parseLong(instanceId.substring(0, instanceId.indexOf('-'))));
    }
}
