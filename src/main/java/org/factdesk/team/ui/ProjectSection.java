package org.factdesk.team.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.team.ProjectId;

/**
 * A page of a project, listed under the project in the side navigation. Feature modules declare
 * theirs as beans, so the layout needs to know none of them.
 */
public interface ProjectSection {

    String label();

    VaadinIcon icon();

    /** Position in the navigation, lowest first. */
    int order();

    String path(ProjectId projectId);
}
