package org.factdesk.link;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine's linking tasks: a worker that empties the queue, and a sweep that starts workers for what is left. */
@Configuration
class LinkTasks {

    @Bean
    OneTimeTask<Void> linkWorkTask(LinkWorker worker) {
        return Tasks.oneTime(LinkScheduling.WORK_TASK).execute((instance, context) -> worker.drain(
                () -> context.getSchedulerState().isShuttingDown() || context.getSchedulerState().isPaused()));
    }

    @Bean
    RecurringTask<Void> linkSweepTask(LinkWorker worker) {
        return Tasks.recurring("link-sweep", FixedDelay.ofSeconds(20)).execute((instance, context) -> worker.sweep());
    }
}
