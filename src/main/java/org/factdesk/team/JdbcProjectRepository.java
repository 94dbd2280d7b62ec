package org.factdesk.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.base.OptimisticLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProjectRepository {

    private final JdbcClient jdbc;

    JdbcProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ProjectId insert(ProjectData data, Instant now) {
        long id = jdbc.sql("""
                        insert into project (name, description, archived, created_at, updated_at)
                        values (:name, :description, :archived, :now, :now)
                        returning id
                        """)
                .param("name", data.name())
                .param("description", data.description())
                .param("archived", data.archived())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        return new ProjectId(id);
    }

    void update(ProjectId id, int expectedVersion, ProjectData data, Instant now) {
        int rows = jdbc.sql("""
                        update project
                        set name = :name, description = :description, archived = :archived, updated_at = :now,
                            version = version + 1
                        where id = :id and version = :version
                        """)
                .param("name", data.name())
                .param("description", data.description())
                .param("archived", data.archived())
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .param("version", expectedVersion)
                .update();
        OptimisticLock.requireOneRow(rows, "project");
    }

    /** The project with the user's role in it; empty when it does not exist or the user is no member. */
    Optional<MyProject> findForMember(ProjectId id, UserId userId) {
        return jdbc.sql("""
                        select p.id, p.version, p.name, p.description, p.archived, m.role
                        from project p join membership m on m.project_id = p.id
                        where p.id = :id and m.user_id = :user
                        """)
                .param("id", id.value())
                .param("user", userId.value())
                .query(JdbcProjectRepository::mapMyProject)
                .optional();
    }

    List<MyProject> findAllForMember(UserId userId, boolean includeArchived) {
        return jdbc.sql("""
                        select p.id, p.version, p.name, p.description, p.archived, m.role
                        from project p join membership m on m.project_id = p.id
                        where m.user_id = :user and (:includeArchived or not p.archived)
                        order by p.archived, lower(p.name), p.id
                        """)
                .param("user", userId.value())
                .param("includeArchived", includeArchived)
                .query(JdbcProjectRepository::mapMyProject)
                .list();
    }

    private static MyProject mapMyProject(ResultSet rs, int row) throws SQLException {
        var project = new Project(new ProjectId(rs.getLong("id")), rs.getInt("version"),
                new ProjectData(rs.getString("name"), rs.getString("description"), rs.getBoolean("archived")));
        return new MyProject(project, ProjectRole.valueOf(rs.getString("role")));
    }
}
