package org.factdesk.job.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectSection;
import org.springframework.stereotype.Component;

@Component
class JobsSection implements ProjectSection {

    @Override
    public String label() {
        return "Jobs";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.TASKS;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public String path(ProjectId projectId) {
        return JobNavigation.jobs(projectId);
    }
}
