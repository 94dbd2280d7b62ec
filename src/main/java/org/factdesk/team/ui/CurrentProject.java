package org.factdesk.team.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.factdesk.team.ProjectId;

/** The project this browser session is working in, for the switcher and the project navigation. */
public final class CurrentProject {

    private CurrentProject() {
    }

    public static Optional<ProjectId> get() {
        var session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(ProjectId.class));
    }

    public static void set(ProjectId projectId) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ProjectId.class, projectId);
        }
    }
}
