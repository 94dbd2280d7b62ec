package org.factdesk.source.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectSection;
import org.springframework.stereotype.Component;

@Component
class SourcesSection implements ProjectSection {

    @Override
    public String label() {
        return "Sources";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.FILE_TEXT_O;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String path(ProjectId projectId) {
        return SourceNavigation.sources(projectId);
    }
}
