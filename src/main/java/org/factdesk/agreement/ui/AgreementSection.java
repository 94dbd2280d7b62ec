package org.factdesk.agreement.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectSection;
import org.springframework.stereotype.Component;

@Component
class AgreementSection implements ProjectSection {

    @Override
    public String label() {
        return "Agreement";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.CHART_GRID;
    }

    @Override
    public int order() {
        return 260;
    }

    @Override
    public String path(ProjectId projectId) {
        return AgreementNavigation.rounds(projectId);
    }
}
