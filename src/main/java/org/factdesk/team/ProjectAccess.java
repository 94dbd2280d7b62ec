package org.factdesk.team;

import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether the current user may read or change a project's content.
 * A project the user is no member of is reported as not found, exactly like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class ProjectAccess {

    private final CurrentUser currentUser;
    private final JdbcProjectRepository projects;

    ProjectAccess(CurrentUser currentUser, JdbcProjectRepository projects) {
        this.currentUser = currentUser;
        this.projects = projects;
    }

    public MyProject requireRead(ProjectId projectId) {
        return projects.findForMember(projectId, currentUser.requireId())
                .orElseThrow(() -> new NotFoundException("Project " + projectId + " was not found."));
    }

    public MyProject requireEdit(ProjectId projectId) {
        var project = requireRead(projectId);
        if (!project.role().canEditContent()) {
            throw new PermissionDeniedException("Your role in \"" + project.name() + "\" is " + project.role().label()
                    + ", which can only read. Ask a project owner for the Editor role.");
        }
        requireNotArchived(project);
        return project;
    }

    public MyProject requireManage(ProjectId projectId) {
        var project = requireRead(projectId);
        if (!project.role().canManageProject()) {
            throw new PermissionDeniedException("Only an owner of \"" + project.name() + "\" can do this. "
                    + "Ask one of its owners.");
        }
        return project;
    }

    private static void requireNotArchived(MyProject project) {
        if (project.project().data().archived()) {
            throw new PermissionDeniedException("\"" + project.name() + "\" is archived and read-only. "
                    + "An owner can restore it on the Projects page.");
        }
    }
}
