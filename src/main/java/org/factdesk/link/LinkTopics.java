package org.factdesk.link;

import org.factdesk.base.live.LiveKind;
import org.factdesk.team.ProjectId;

/** The live-update topic of a project's links: the claim page's panel and the Conflicts page follow it. */
public final class LinkTopics {

    public enum Signal implements LiveKind {
        /** Suggestions were found or a link was decided. */
        LINKS
    }

    private LinkTopics() {
    }

    public static String project(ProjectId project) {
        return "links:" + project.value();
    }
}
