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
class JdbcUserRepository {

    private static final String COLUMNS = """
            id, version, login, display_name, email, enabled, instance_admin, must_change_password
            """;

    private final JdbcClient jdbc;

    JdbcUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    Optional<User> findById(UserId id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
                .param("id", id.value())
                .query(JdbcUserRepository::mapUser)
                .optional();
    }

    Optional<User> findByLogin(String login) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(login) = lower(:login)")
                .param("login", login.trim())
                .query(JdbcUserRepository::mapUser)
                .optional();
    }

    List<User> findAll() {
        return jdbc.sql("select " + COLUMNS + " from app_user order by lower(display_name), lower(login)")
                .query(JdbcUserRepository::mapUser)
                .list();
    }

    Optional<FactdeskPrincipal> findPrincipalByLogin(String login) {
        return jdbc.sql("""
                        select id, login, display_name, password_hash, enabled, instance_admin
                        from app_user where lower(login) = lower(:login)
                        """)
                .param("login", login.trim())
                .query(JdbcUserRepository::mapPrincipal)
                .optional();
    }

    Optional<FactdeskPrincipal> findPrincipalById(UserId id) {
        return jdbc.sql("""
                        select id, login, display_name, password_hash, enabled, instance_admin
                        from app_user where id = :id
                        """)
                .param("id", id.value())
                .query(JdbcUserRepository::mapPrincipal)
                .optional();
    }

    String passwordHash(UserId id) {
        return jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    UserId insert(UserData data, String passwordHash, Instant now) {
        long id = jdbc.sql("""
                        insert into app_user (login, display_name, email, password_hash, enabled, instance_admin,
                                              must_change_password, created_at, updated_at)
                        values (:login, :displayName, :email, :hash, :enabled, :admin, :mustChange, :now, :now)
                        returning id
                        """)
                .param("login", data.login())
                .param("displayName", data.displayName())
                .param("email", data.email())
                .param("hash", passwordHash)
                .param("enabled", data.enabled())
                .param("admin", data.instanceAdmin())
                .param("mustChange", data.mustChangePassword())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        return new UserId(id);
    }

    void update(UserId id, int expectedVersion, UserData data, Instant now) {
        int rows = jdbc.sql("""
                        update app_user
                        set display_name = :displayName, email = :email, enabled = :enabled, instance_admin = :admin,
                            must_change_password = :mustChange, updated_at = :now, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("displayName", data.displayName())
                .param("email", data.email())
                .param("enabled", data.enabled())
                .param("admin", data.instanceAdmin())
                .param("mustChange", data.mustChangePassword())
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .param("version", expectedVersion)
                .update();
        OptimisticLock.requireOneRow(rows, "user");
    }

    void updatePassword(UserId id, int expectedVersion, String passwordHash, boolean mustChange, Instant now) {
        int rows = jdbc.sql("""
                        update app_user
                        set password_hash = :hash, must_change_password = :mustChange, updated_at = :now,
                            version = version + 1
                        where id = :id and version = :version
                        """)
                .param("hash", passwordHash)
                .param("mustChange", mustChange)
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .param("version", expectedVersion)
                .update();
        OptimisticLock.requireOneRow(rows, "user");
    }

    private static User mapUser(ResultSet rs, int row) throws SQLException {
        return new User(new UserId(rs.getLong("id")), rs.getInt("version"), new UserData(
                rs.getString("login"), rs.getString("display_name"), rs.getString("email"),
                rs.getBoolean("enabled"), rs.getBoolean("instance_admin"), rs.getBoolean("must_change_password")));
    }

    private static FactdeskPrincipal mapPrincipal(ResultSet rs, int row) throws SQLException {
        return new FactdeskPrincipal(new UserId(rs.getLong("id")), rs.getString("login"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("instance_admin"));
    }
}
