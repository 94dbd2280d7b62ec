package org.factdesk.timeline;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.time.Clock;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.factdesk.team.ProjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The engine's timeline tasks: building one project's events, and a sweep that builds what is out of date. */
@Configuration
class TimelineTasks {

    /** A build that waits for a busy project comes back later as the same execution, so no change is left unbuilt. */
    @Bean
    CustomTask<Void> timelineBuildTask(TimelineBuild build, TimelineSettings settings, Clock clock) {
        return Tasks.custom(TimelineScheduling.BUILD_TASK, Void.class).execute((instance, context) -> {
            if (build.buildWhenQuiet(new ProjectId(Long.parseLong(instance.getId())))) {
                return new CompletionHandler.OnCompleteRemove<>();
            }
            return (complete, operations) -> operations.reschedule(complete,
                    clock.instant().plusSeconds(settings.buildDelaySeconds()));
        });
    }

    @Bean
    RecurringTask<Void> timelineSweepTask(JdbcTimelineRepository timeline, TimelineScheduling scheduling,
                                          PlatformTransactionManager transactions) {
        var transaction = new TransactionTemplate(transactions);
        return Tasks.recurring("timeline-sweep", FixedDelay.ofSeconds(15)).execute((instance, context) ->
                transaction.executeWithoutResult(status -> timeline.outOfDate().forEach(scheduling::scheduleBuild)));
    }
}
