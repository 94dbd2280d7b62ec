package org.factdesk.timeline;

import java.time.Clock;
import org.factdesk.claim.ClaimStatusChanged;
import org.factdesk.claim.ClaimsChanged;
import org.factdesk.link.LinksChanged;
import org.factdesk.team.ProjectId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notes, in the transaction of the change, that a project's timeline is out of date, and schedules its build: new or
 * re-dated claims, dismissed ones, and links suggested or decided. A verdict needs no build: it is read live.
 */
@Component
class TimelineChanges {

    private final JdbcTimelineRepository timeline;
    private final TimelineScheduling scheduling;
    private final Clock clock;

    TimelineChanges(JdbcTimelineRepository timeline, TimelineScheduling scheduling, Clock clock) {
        this.timeline = timeline;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    @EventListener
    void on(ClaimsChanged event) {
        changed(event.projectId());
    }

    @EventListener
    void on(ClaimStatusChanged event) {
        changed(event.projectId());
    }

    @EventListener
    void on(LinksChanged event) {
        changed(event.projectId());
    }

    private void changed(ProjectId project) {
        timeline.noteChange(project, clock.instant());
        scheduling.scheduleBuild(project);
    }
}
