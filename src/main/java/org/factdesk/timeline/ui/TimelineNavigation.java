package org.factdesk.timeline.ui;

import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/** The timeline module's pages, for every module that links to them (decision 0005). */
public final class TimelineNavigation {

    static final String TIMELINE_ROUTE = "projects/:" + ProjectScope.PARAMETER + "/timeline";

    private TimelineNavigation() {
    }

    /** The project's timeline of claimed events. */
    public static String timeline(ProjectId project) {
        return "projects/" + project + "/timeline";
    }

    /** The project's timeline, opened on one event with its claims listed. */
    public static String event(ProjectId project, org.factdesk.timeline.EventId event) {
        return timeline(project) + "?event=" + event;
    }
}
