package org.factdesk;

import java.sql.Timestamp;
import java.time.Instant;
import org.factdesk.team.FactdeskPrincipal;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Rows for tests, written with plain SQL so a test's setup does not depend on the code under test. */
@Component
public class Fixtures {

    public static final String PASSWORD = "test-password-123";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final UserDetailsService userDetails;

    Fixtures(JdbcClient jdbc, PasswordEncoder passwordEncoder, UserDetailsService userDetails) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.userDetails = userDetails;
    }

    public UserId user(String login) {
        return user(login, false);
    }

    public UserId admin(String login) {
        return user(login, true);
    }

    private UserId user(String login, boolean admin) {
        long id = jdbc.sql("""
                        insert into app_user (login, display_name, password_hash, instance_admin, created_at, updated_at)
                        values (:login, :name, :hash, :admin, :now, :now) returning id
                        """)
                .param("login", login)
                .param("name", Character.toUpperCase(login.charAt(0)) + login.substring(1))
                .param("hash", passwordEncoder.encode(PASSWORD))
                .param("admin", admin)
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        return new UserId(id);
    }

    public ProjectId project(String name, UserId owner) {
        long id = jdbc.sql("""
                        insert into project (name, created_at, updated_at) values (:name, :now, :now) returning id
                        """)
                .param("name", name)
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        var projectId = new ProjectId(id);
        member(projectId, owner, ProjectRole.OWNER);
        return projectId;
    }

    public void member(ProjectId project, UserId user, ProjectRole role) {
        jdbc.sql("""
                        insert into membership (project_id, user_id, role, created_at, updated_at)
                        values (:project, :user, :role, :now, :now)
                        """)
                .param("project", project.value())
                .param("user", user.value())
                .param("role", role.name())
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    /** Makes the current thread act as this user, as the sign-in form would. */
    public FactdeskPrincipal signIn(String login) {
        return signIn((FactdeskPrincipal) userDetails.loadUserByUsername(login));
    }

    /** Signs in again someone already signed in once, as a session would: without reading the user again. */
    public FactdeskPrincipal signIn(FactdeskPrincipal principal) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return principal;
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** For assertions on what landed in the database. */
    public JdbcClient jdbc() {
        return jdbc;
    }

    public long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
