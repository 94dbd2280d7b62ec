package org.factdesk.report.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.link.LinkService;
import org.factdesk.link.ui.LinkNavigation;
import org.factdesk.report.ReportService;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/** A project at a glance: the same four charts its reports open with (dismissed claims left out). */
@Route(ReportNavigation.DASHBOARD_ROUTE)
@PageTitle("Dashboard · Factdesk")
@PermitAll
class DashboardView extends Main implements BeforeEnterObserver {

    private final ProjectScope scope;
    private final ReportService reports;
    private final ViewHeader header = new ViewHeader("Dashboard");
    private final Div charts = new Div();
    private final LinkService links;
    private final Div conflicts = new Div();

    DashboardView(ProjectScope scope, ReportService reports, LinkService links) {
        this.scope = scope;
        this.reports = reports;
        this.links = links;
        addClassNames("fd-view");
        charts.addClassName("fd-charts");
        conflicts.addClassNames("fd-side-section", "fd-dashboard-conflicts");
        add(header, conflicts, charts);
    }

    /** Where the sources disagree, still open (suggested or confirmed), and the way to them. */
    private void showConflicts(ProjectId project) {
        int open = links.openConflicts(project);
        var figure = new Span(String.format(java.util.Locale.ENGLISH, "%,d", open));
        figure.addClassName("fd-dashboard-figure");
        var words = new Span(open == 1 ? " open conflict between sources" : " open conflicts between sources");
        var link = new Anchor(LinkNavigation.conflicts(project), open == 0 ? "Conflicts page →" : "Review them →");
        conflicts.removeAll();
        conflicts.add(new Div(figure, words), link);
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.enter(event).ifPresent(project -> {
            header.withSubtitle(project.name());
            showConflicts(project.id());
            charts.removeAll();
            var svgs = reports.dashboard(project.id());
            var titles = ReportService.dashboardTitles();
            for (int i = 0; i < svgs.size(); i++) {
                var box = new Div(new H2(titles.get(i)), new Html("<div>" + svgs.get(i) + "</div>"));
                box.addClassName("fd-side-section");
                charts.add(box);
            }
        });
    }
}
