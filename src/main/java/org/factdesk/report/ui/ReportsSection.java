package org.factdesk.report.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectSection;
import org.springframework.stereotype.Component;

@Component
class ReportsSection implements ProjectSection {

    @Override
    public String label() {
        return "Reports";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.FILE_TEXT_O;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String path(ProjectId projectId) {
        return ReportNavigation.reports(projectId);
    }
}
