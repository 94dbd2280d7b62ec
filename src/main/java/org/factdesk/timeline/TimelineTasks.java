package org.factdesk.timeline;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
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

    @Bean
    OneTimeTask<Void> timelineBuildTask(TimelineBuild build) {
        return Tasks.oneTime(TimelineScheduling.BUILD_TASK)
                .execute((instance, context) -> build.build(new ProjectId(Long.parseLong(instance.getId()))));
    }

    @Bean
    RecurringTask<Void> timelineSweepTask(JdbcTimelineRepository timeline, TimelineScheduling scheduling,
                                          PlatformTransactionManager transactions) {
        var transaction = new TransactionTemplate(transactions);
        return Tasks.recurring("timeline-sweep", FixedDelay.ofSeconds(15)).execute((instance, context) ->
                transaction.executeWithoutResult(status -> timeline.outOfDate().forEach(scheduling::scheduleBuild)));
    }
}
