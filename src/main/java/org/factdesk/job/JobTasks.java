package org.factdesk.job;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine's tasks: a job's worker, and a sweep that keeps every unfinished job worked on. */
@Configuration
class JobTasks {

    @Bean
    OneTimeTask<Void> jobWorkTask(JobRunner runner) {
        // a worker whose instance died is revived elsewhere (the default for one-time tasks): its items were never
        // committed, so they wait, unlocked, for whoever takes it over
        return Tasks.oneTime(JobScheduling.WORK_TASK)
                .execute((instance, context) -> runner.work(JobScheduling.jobOf(instance.getId())));
    }

    @Bean
    RecurringTask<Void> jobSweepTask(JobRunner runner) {
        return Tasks.recurring("job-sweep", FixedDelay.ofSeconds(30)).execute((instance, context) -> runner.sweep());
    }
}
