package org.factdesk.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.TestDatabase;
import org.factdesk.base.FactdeskProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.factdesk.base.AuditLog;
import java.time.Clock;

@FactdeskIntegrationTest
class InitialSetupIntegrationTest {

    @Autowired JdbcUserRepository users;
    @Autowired ApiTokenService tokens;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired ApplicationEventPublisher events;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;

    @BeforeEach
    @AfterEach
    void emptyUsers() {
        jdbc.sql("truncate app_user, api_token, audit_event, membership, project restart identity cascade").update();
    }

    InitialSetup setup(String password, String token) {
        var properties = new FactdeskProperties(TestDatabase.get().dataDir(), false, password, token);
        return new InitialSetup(users, tokens, passwordEncoder, properties, events, audit, clock);
    }

    @Test
    void a_first_start_creates_an_admin_with_a_random_password_written_only_for_the_owner() throws Exception {
        setup(null, null).run(new DefaultApplicationArguments());

        var file = TestDatabase.get().dataDir().resolve(InitialSetup.PASSWORD_FILE);
        String password = Files.readString(file).strip();
        var admin = users.findByLogin("admin").orElseThrow();
        assertThat(admin.data().instanceAdmin()).isTrue();
        assertThat(admin.data().mustChangePassword()).isTrue();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(passwordEncoder.matches(password, users.passwordHash(admin.id()))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void the_initial_password_file_is_deleted_once_the_admin_has_chosen_their_own_password() throws Exception {
        setup(null, null).run(new DefaultApplicationArguments());
        var file = TestDatabase.get().dataDir().resolve(InitialSetup.PASSWORD_FILE);
        String printed = Files.readString(file).strip();

        fixtures.signIn("admin");
        try {
            userService.changeOwnPassword(printed, "harbour lights at dusk");
        } finally {
            fixtures.signOut();
        }

        assertThat(file).doesNotExist();
    }

    @Autowired UserService userService;

    @Test
    void a_start_after_a_crash_that_kept_the_password_file_deletes_it_once_the_admin_has_their_own() throws Exception {
        var file = TestDatabase.get().dataDir().resolve(InitialSetup.PASSWORD_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "the first password\n");
        var admin = fixtures.admin(InitialSetup.ADMIN_LOGIN);
        jdbc.sql("update app_user set must_change_password = true where id = :id").param("id", admin.value()).update();

        setup(null, null).run(new DefaultApplicationArguments());
        assertThat(file).as("still the admin's only way in").exists();

        jdbc.sql("update app_user set must_change_password = false where id = :id").param("id", admin.value()).update();
        setup(null, null).run(new DefaultApplicationArguments());
        assertThat(file).doesNotExist();
    }

    @Test
    void automated_deployments_set_the_admin_password_and_token_from_the_environment() throws Exception {
        setup("deploy-secret-42", "fd_deploy_token_with_enough_length").run(new DefaultApplicationArguments());

        var admin = users.findByLogin("admin").orElseThrow();
        assertThat(admin.data().mustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches("deploy-secret-42", users.passwordHash(admin.id()))).isTrue();
        assertThat(tokens.authenticate("fd_deploy_token_with_enough_length"))
                .hasValueSatisfying(p -> assertThat(p.userId()).isEqualTo(admin.id()));
    }

    @Test
    void once_users_exist_the_environment_is_ignored() throws Exception {
        fixtures.user("existing");

        setup("deploy-secret-42", "fd_deploy_token_with_enough_length").run(new DefaultApplicationArguments());

        assertThat(users.findByLogin("admin")).isEmpty();
        assertThat(tokens.authenticate("fd_deploy_token_with_enough_length")).isEmpty();
    }
}
