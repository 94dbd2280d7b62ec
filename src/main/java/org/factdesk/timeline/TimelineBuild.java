package org.factdesk.timeline;

import java.time.Clock;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a project's events again from its claims, links and decisions, in one transaction: readers see the old
 * timeline until it commits. Builds of one project wait for each other; a build first takes the changes noted so far,
 * then reads, so a change committed meanwhile stays noted and the sweep builds again.
 */
@Component
class TimelineBuild {

    private final JdbcTimelineRepository timeline;
    private final TimelineSettings settings;
    private final Clock clock;

    TimelineBuild(JdbcTimelineRepository timeline, TimelineSettings settings, Clock clock) {
        this.timeline = timeline;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public EventBuilder.Result build(ProjectId project) {
        timeline.lockForBuild(project);
        timeline.takeChanges(project);
        var result = EventBuilder.build(timeline.claims(project),
                timeline.sameFactLinks(project, settings.minSuggestedScore()), timeline.decisions(project, true));
        timeline.replace(project, result.events(), result.undated(), clock.instant());
        return result;
    }
}
