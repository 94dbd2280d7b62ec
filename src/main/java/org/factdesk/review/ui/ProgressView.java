package org.factdesk.review.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.review.WorkService;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/** How far a project has come: claims by workflow status and by verdict. */
@Route("projects/:projectId/progress")
@PageTitle("Progress · Factdesk")
@PermitAll
class ProgressView extends Main implements BeforeEnterObserver {

    private final ProjectScope scope;
    private final WorkService work;
    private final ViewHeader header = new ViewHeader("Progress");
    private final Div charts = new Div();

    ProgressView(ProjectScope scope, WorkService work) {
        this.scope = scope;
        this.work = work;
        addClassNames("fd-view");
        charts.addClassName("fd-charts");
        add(header, charts);
    }

    static String path(ProjectId id) {
        return "projects/" + id + "/progress";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.enter(event).ifPresent(project -> {
            header.withSubtitle(project.name());
            charts.removeAll();
            var byStatus = work.byStatus(project.id());
            var byVerdict = work.byVerdict(project.id());
            charts.add(chart("By status", BarChart.svg("Claims by status", byStatus)),
                    chart("By verdict (dismissed claims left out)", BarChart.svg("Claims by verdict", byVerdict)));
        });
    }

    private static Div chart(String title, String svg) {
        var box = new Div(new H2(title), new Html("<div>" + svg + "</div>"));
        box.addClassName("fd-side-section");
        return box;
    }
}
