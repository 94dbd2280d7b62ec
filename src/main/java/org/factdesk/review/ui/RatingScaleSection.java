package org.factdesk.review.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectSection;
import org.springframework.stereotype.Component;

@Component
class RatingScaleSection implements ProjectSection {

    @Override
    public String label() {
        return "Rating scale";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.SCALE;
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public String path(ProjectId projectId) {
        return ReviewNavigation.ratingScale(projectId);
    }
}
