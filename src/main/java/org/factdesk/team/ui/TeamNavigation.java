package org.factdesk.team.ui;

import com.vaadin.flow.component.UI;
import org.factdesk.team.ProjectId;

/**
 * The team module's pages, for every module that links to them: a route is spelled once, here, and a page that
 * moves breaks the build instead of a link (decision 0005).
 */
public final class TeamNavigation {

    static final String PROJECTS_ROUTE = "";
    static final String MEMBERS_ROUTE = "projects/:" + ProjectScope.PARAMETER + "/members";
    static final String USERS_ROUTE = "admin/users";
    static final String ACCOUNT_ROUTE = "account";
    static final String CHANGE_PASSWORD_ROUTE = "change-password";
    static final String LOGIN_ROUTE = "login";

    private TeamNavigation() {
    }

    /** The list of the signed-in user's projects: the start page. */
    public static String projects() {
        return PROJECTS_ROUTE;
    }

    public static String members(ProjectId project) {
        return "projects/" + project + "/members";
    }

    public static String account() {
        return ACCOUNT_ROUTE;
    }

    public static void navigateToProjects() {
        UI.getCurrent().navigate(projects());
    }

    public static void navigateToAccount() {
        UI.getCurrent().navigate(account());
    }
}
