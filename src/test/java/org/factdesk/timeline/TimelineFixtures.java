package org.factdesk.timeline;

import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Component;

/** For the screens' tests: builds a project's events at once, after a test wrote its links in SQL. */
@Component
public class TimelineFixtures {

    private final TimelineBuild build;

    TimelineFixtures(TimelineBuild build) {
        this.build = build;
    }

    public void build(ProjectId project) {
        build.build(project);
    }
}
