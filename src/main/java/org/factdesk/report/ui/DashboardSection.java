package org.factdesk.report.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectSection;
import org.springframework.stereotype.Component;

@Component
class DashboardSection implements ProjectSection {

    @Override
    public String label() {
        return "Dashboard";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.BAR_CHART;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String path(ProjectId projectId) {
        return ReportNavigation.dashboard(projectId);
    }
}
