package org.factdesk.claim.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectSection;
import org.springframework.stereotype.Component;

@Component
class ClaimsSection implements ProjectSection {

    @Override
    public String label() {
        return "Claims";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.CLIPBOARD_CHECK;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String path(ProjectId projectId) {
        return ClaimNavigation.claims(projectId);
    }
}
