package org.factdesk.timeline;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Duration;
import org.factdesk.team.ProjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A project's timeline build as a db-scheduler execution ({@code timeline-build}, instance = project id), scheduled in
 * the transaction of the change a moment later, so that a burst of changes makes one build; the sweep catches a
 * change that landed while a build was running.
 */
@Component
class TimelineScheduling {

    static final String BUILD_TASK = "timeline-build";

    private final ObjectProvider<SchedulerClient> scheduler;
    private final TimelineSettings settings;
    private final Clock clock;

    TimelineScheduling(ObjectProvider<SchedulerClient> scheduler, TimelineSettings settings, Clock clock) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.clock = clock;
    }

    void scheduleBuild(ProjectId project) {
        scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(BUILD_TASK, project.toString()),
                clock.instant().plus(Duration.ofSeconds(settings.buildDelaySeconds())));
    }
}
