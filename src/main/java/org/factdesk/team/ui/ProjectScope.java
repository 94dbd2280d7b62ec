package org.factdesk.team.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Component;

/**
 * Opens the project named in a view's URL ({@code :projectId}). A project that does not exist and
 * one the user is no member of both lead to the same "not found" page.
 */
@Component
public class ProjectScope {

    public static final String PARAMETER = "projectId";

    private final ProjectAccess access;

    ProjectScope(ProjectAccess access) {
        this.access = access;
    }

    public Optional<MyProject> enter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(PARAMETER).flatMap(ProjectId::parse);
        try {
            var project = access.requireRead(id.orElseThrow(() -> new org.factdesk.base.NotFoundException("no id")));
            CurrentProject.set(project.id());
            return Optional.of(project);
        } catch (org.factdesk.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, "This project does not exist, or you are not a member of it.");
            return Optional.empty();
        }
    }
}
