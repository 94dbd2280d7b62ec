package org.factdesk.timeline;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Duration;
import org.factdesk.base.AfterCommit;
import org.factdesk.team.ProjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A project's timeline build as a db-scheduler execution ({@code timeline-build}, instance = project id), due a moment
 * after the change, so that a burst of changes makes one build. It is scheduled once the change has committed (see
 * {@link AfterCommit} for why not inside it); the sweep catches a change whose scheduling a crash cut off, or that
 * landed while a build was running.
 */
@Component
class TimelineScheduling {

    static final String BUILD_TASK = "timeline-build";

    private final ObjectProvider<SchedulerClient> scheduler;
    private final AfterCommit afterCommit;
    private final TimelineSettings settings;
    private final Clock clock;

    TimelineScheduling(ObjectProvider<SchedulerClient> scheduler, AfterCommit afterCommit, TimelineSettings settings,
                       Clock clock) {
        this.scheduler = scheduler;
        this.afterCommit = afterCommit;
        this.settings = settings;
        this.clock = clock;
    }

    void scheduleBuild(ProjectId project) {
        afterCommit.run(BUILD_TASK + ":" + project, () -> scheduler.getObject().scheduleIfNotExists(
                new TaskInstance<Void>(BUILD_TASK, project.toString()),
                clock.instant().plus(Duration.ofSeconds(settings.buildDelaySeconds()))));
    }
}
