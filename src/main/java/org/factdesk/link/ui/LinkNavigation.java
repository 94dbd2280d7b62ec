package org.factdesk.link.ui;

import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/** The link module's pages, for every module that links to them (decision 0005). */
public final class LinkNavigation {

    static final String CONFLICTS_ROUTE = "projects/:" + ProjectScope.PARAMETER + "/conflicts";

    private LinkNavigation() {
    }

    /** The project's Conflicts page: every conflicting pair, open ones first. */
    public static String conflicts(ProjectId project) {
        return "projects/" + project + "/conflicts";
    }
}
