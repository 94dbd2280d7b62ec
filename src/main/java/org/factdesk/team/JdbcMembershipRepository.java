package org.factdesk.team;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.base.OptimisticLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMembershipRepository {

    private final JdbcClient jdbc;

    JdbcMembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProjectRole> roleOf(ProjectId projectId, UserId userId) {
        return jdbc.sql("select role from membership where project_id = :project and user_id = :user")
                .param("project", projectId.value())
                .param("user", userId.value())
                .query(String.class)
                .optional()
                .map(ProjectRole::valueOf);
    }

    List<Member> members(ProjectId projectId) {
        return jdbc.sql("""
                        select u.id, u.login, u.display_name, m.role, m.version
                        from membership m join app_user u on u.id = m.user_id
                        where m.project_id = :project
                        order by case m.role when 'OWNER' then 0 when 'REVIEWER' then 1 when 'EDITOR' then 2 else 3 end,
                                 lower(u.display_name)
                        """)
                .param("project", projectId.value())
                .query((rs, row) -> new Member(new UserId(rs.getLong("id")), rs.getString("login"),
                        rs.getString("display_name"), ProjectRole.valueOf(rs.getString("role")), rs.getInt("version")))
                .list();
    }

    Optional<Member> member(ProjectId projectId, UserId userId) {
        return members(projectId).stream().filter(m -> m.userId().equals(userId)).findFirst();
    }

    long countOwners(ProjectId projectId) {
        return jdbc.sql("select count(*) from membership where project_id = :project and role = 'OWNER'")
                .param("project", projectId.value())
                .query(Long.class)
                .single();
    }

    void insert(ProjectId projectId, UserId userId, ProjectRole role, Instant now) {
        jdbc.sql("""
                        insert into membership (project_id, user_id, role, created_at, updated_at)
                        values (:project, :user, :role, :now, :now)
                        """)
                .param("project", projectId.value())
                .param("user", userId.value())
                .param("role", role.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    void updateRole(ProjectId projectId, UserId userId, int expectedVersion, ProjectRole role, Instant now) {
        int rows = jdbc.sql("""
                        update membership set role = :role, updated_at = :now, version = version + 1
                        where project_id = :project and user_id = :user and version = :version
                        """)
                .param("role", role.name())
                .param("now", Timestamp.from(now))
                .param("project", projectId.value())
                .param("user", userId.value())
                .param("version", expectedVersion)
                .update();
        OptimisticLock.requireOneRow(rows, "membership");
    }

    void delete(ProjectId projectId, UserId userId, int expectedVersion) {
        int rows = jdbc.sql("delete from membership where project_id = :project and user_id = :user and version = :version")
                .param("project", projectId.value())
                .param("user", userId.value())
                .param("version", expectedVersion)
                .update();
        OptimisticLock.requireOneRow(rows, "membership");
    }
}
