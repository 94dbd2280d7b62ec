package org.factdesk.review.ui;

import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/** The review module's pages, for every module that links to them (decision 0005). */
public final class ReviewNavigation {

    static final String RATING_SCALE_ROUTE = "projects/:" + ProjectScope.PARAMETER + "/rating-scale";
    static final String MY_WORK_ROUTE = "my-work";

    private ReviewNavigation() {
    }

    public static String ratingScale(ProjectId project) {
        return "projects/" + project + "/rating-scale";
    }
}
