package org.factdesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/** The report module's pages, for every module that links to them (decision 0005). */
public final class ReportNavigation {

    static final String REPORTS_ROUTE = "projects/:" + ProjectScope.PARAMETER + "/reports";
    static final String DASHBOARD_ROUTE = "projects/:" + ProjectScope.PARAMETER + "/dashboard";
    static final String RESTORE_ROUTE = "restore";

    private ReportNavigation() {
    }

    public static String reports(ProjectId project) {
        return "projects/" + project + "/reports";
    }

    public static String dashboard(ProjectId project) {
        return "projects/" + project + "/dashboard";
    }

    public static String restore() {
        return RESTORE_ROUTE;
    }

    /** The reports page with the claims list's filter (the same query parameters) already chosen. */
    public static void navigateToReports(ProjectId project, QueryParameters claimFilter) {
        UI.getCurrent().navigate(reports(project), claimFilter);
    }
}
