package org.factdesk.timeline.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectSection;
import org.springframework.stereotype.Component;

@Component
class TimelineSection implements ProjectSection {

    @Override
    public String label() {
        return "Timeline";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.CALENDAR_CLOCK;
    }

    @Override
    public int order() {
        return 260;
    }

    @Override
    public String path(ProjectId projectId) {
        return TimelineNavigation.timeline(projectId);
    }
}
