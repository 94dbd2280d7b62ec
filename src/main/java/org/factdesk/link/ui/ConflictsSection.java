package org.factdesk.link.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectSection;
import org.springframework.stereotype.Component;

@Component
class ConflictsSection implements ProjectSection {

    @Override
    public String label() {
        return "Conflicts";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.EXCHANGE;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public String path(ProjectId projectId) {
        return LinkNavigation.conflicts(projectId);
    }
}
