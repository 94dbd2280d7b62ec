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

    private final org.factdesk.agreement.AgreementService agreement;
    private final Div agreementBox = new Div();

    DashboardView(ProjectScope scope, ReportService reports, LinkService links,
                  org.factdesk.agreement.AgreementService agreement) {
        this.scope = scope;
        this.reports = reports;
        this.links = links;
        this.agreement = agreement;
        addClassNames("fd-view");
        charts.addClassName("fd-charts");
        conflicts.addClassNames("fd-side-section", "fd-dashboard-conflicts");
        agreementBox.addClassNames("fd-side-section", "fd-dashboard-agreement");
        add(header, conflicts, agreementBox, charts);
    }

    /** The last agreement round's ordinal alpha and the claims it rests on, or how to start one. */
    private void showAgreement(ProjectId project) {
        agreementBox.removeAll();
        var latest = agreement.latest(project);
        if (latest.isEmpty()) {
            agreementBox.add(new Div("No agreement round yet: reviewers judging the same claims blind say how "
                    + "reliable the verdicts are."), new Anchor(org.factdesk.agreement.ui.AgreementNavigation.rounds(project),
                    "Agreement →"));
            return;
        }
        var report = latest.get();
        var link = new Anchor(org.factdesk.agreement.ui.AgreementNavigation.round(report.round().id()),
                report.round().data().name() + " →");
        if (!report.figuresShown() || report.figures().n() == 0) {
            agreementBox.add(new Div("Last agreement round: no figures for you yet."), link);
            return;
        }
        var f = report.figures();
        var figure = new Span(f.krippendorffAlphaOrdinal() == null ? "—"
                : String.format(java.util.Locale.ROOT, "%.3f", f.krippendorffAlphaOrdinal()));
        figure.addClassName("fd-dashboard-figure");
        agreementBox.add(new Div(figure, new Span(" Krippendorff's α (ordinal) in the last agreement round, "
                + f.ordinalN() + " claims")), link);
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
            showAgreement(project.id());
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
