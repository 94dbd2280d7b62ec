package org.factdesk.team;

import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether the current user may read or change a project's content.
 * A project the user is no member of is reported as not found, exactly like one that does not exist.
 * <p>
 * See decision 0008 in docs/decisions.
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
        return requireEdit(requireRead(projectId));
    }

    /**
     * The same rule for a membership a hot path read together with its content in one round trip
     * (see {@link #MEMBERSHIP_COLUMNS}); the caller read it for the current user.
     */
    public MyProject requireEdit(MyProject project) {
        if (!project.role().canEditContent()) {
            throw new PermissionDeniedException("Your role in \"" + project.name() + "\" is " + project.role().label()
                    + ", which can only read. Ask a project owner for the Editor role.");
        }
        requireNotArchived(project);
        return project;
    }

    /**
     * What a repository selects, joined as {@code project p} and {@code membership m} for the current user,
     * to build a {@link MyProject} with {@link #myProject}: the rule stays here, only the read is shared.
     */
    public static final String MEMBERSHIP_COLUMNS = "p.version as p_version, p.name as p_name, "
            + "p.description as p_description, p.archived as p_archived, m.role as m_role";

    /**
     * The edit rule of {@link #requireEdit(MyProject)} as an SQL condition on the columns of
     * {@link #MEMBERSHIP_COLUMNS}, for a statement that must not write what the rule would refuse.
     */
    public static String canEditSql() {
        return "m.role in (" + java.util.Arrays.stream(ProjectRole.values()).filter(ProjectRole::canEditContent)
                .map(r -> "'" + r.name() + "'").collect(java.util.stream.Collectors.joining(", ")) + ") and not p.archived";
    }

    public static MyProject myProject(java.sql.ResultSet rs, ProjectId projectId) throws java.sql.SQLException {
        var project = new Project(projectId, rs.getInt("p_version"), new ProjectData(rs.getString("p_name"),
                rs.getString("p_description"), rs.getBoolean("p_archived")));
        return new MyProject(project, ProjectRole.valueOf(rs.getString("m_role")));
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
