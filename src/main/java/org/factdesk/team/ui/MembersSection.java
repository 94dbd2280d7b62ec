package org.factdesk.team.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Component;

@Component
class MembersSection implements ProjectSection {

    @Override
    public String label() {
        return "Members";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.USERS;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String path(ProjectId projectId) {
        return TeamNavigation.members(projectId);
    }
}
