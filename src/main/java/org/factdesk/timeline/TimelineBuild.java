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

    /** Changes are waited for at most this long while more keep coming (a bulk import, linking a project). */
    static final java.time.Duration MAX_WAIT = java.time.Duration.ofSeconds(60);

    @Transactional
    public EventBuilder.Result build(ProjectId project) {
        timeline.lockForBuild(project);
        timeline.takeChanges(project);
        var claims = timeline.claims(project);
        var result = EventBuilder.build(claims, timeline.sameFactLinks(project, settings.minSuggestedScore()),
                timeline.decisions(project, true));
        int undated = result.undated() + timeline.countClaims(project) - claims.size();
        timeline.replace(project, result.events(), undated, clock.instant());
        return result;
    }

    /**
     * Builds in the background, unless changes are still coming in: then the build waits (its execution comes back a
     * build delay later) until the project has been quiet for the build delay, or its oldest change has waited {@link
     * #MAX_WAIT}. A bulk import of 10,000 files so builds a few times, not once a batch. Whether it built.
     */
    @Transactional
    public boolean buildWhenQuiet(ProjectId project) {
        var pending = timeline.pending(project);
        var now = clock.instant();
        boolean busy = pending.newest() != null
                && pending.newest().isAfter(now.minusSeconds(settings.buildDelaySeconds()))
                && pending.oldest().isAfter(now.minus(MAX_WAIT));
        if (!busy) {
            build(project);
        }
        return !busy;
    }
}
