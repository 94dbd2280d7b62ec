package org.factdesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.PermissionDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@FactdeskIntegrationTest
class UserServiceIntegrationTest {

    @Autowired UserService users;
    @Autowired JdbcUserRepository repository;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void an_admin_creates_users_who_must_change_their_temporary_password() {
        fixtures.admin("root1");
        fixtures.signIn("root1");

        var created = users.create("jdoe", "Jane Doe", "jane@example.org", false);

        assertThat(created.user().data().mustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(created.temporaryPassword(), repository.passwordHash(created.user().id())))
                .isTrue();
        assertThatThrownBy(() -> users.create("JDOE", "Other", null, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("taken");
    }

    @Test
    void an_email_address_that_is_not_one_is_refused_with_an_example() {
        fixtures.admin("root-mail");
        fixtures.signIn("root-mail");
        assertThatThrownBy(() -> users.create("mailless", "Mail Less", "rosa at example", false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rosa@example.org");
        assertThat(users.create("mailful", "Mail Ful", "rosa@example.org", false).user().data().email())
                .isEqualTo("rosa@example.org");
    }

    @Test
    void only_instance_admins_manage_users() {
        var someone = fixtures.user("plain1");
        fixtures.signIn("plain1");

        assertThatThrownBy(() -> users.create("x1", "X", null, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(someone, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changing_your_password_needs_the_current_one_and_clears_the_forced_change() {
        var admin = fixtures.admin("root2");
        fixtures.signIn("root2");
        var reset = users.resetPassword(admin, 0);
        assertThat(users.mustChangePassword(admin)).isTrue();

        assertThatThrownBy(() -> users.changeOwnPassword("wrong", "a brand new secret"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> users.changeOwnPassword(reset, "short"))
                .isInstanceOf(InvalidInputException.class);
        users.changeOwnPassword(reset, "a brand new secret");

        assertThat(users.mustChangePassword(admin)).isFalse();
        assertThat(passwordEncoder.matches("a brand new secret", repository.passwordHash(admin))).isTrue();
    }

    @Test
    void a_disabled_user_can_no_longer_sign_in_with_a_token() {
        fixtures.admin("root3");
        var victim = fixtures.user("leaver3");
        fixtures.signIn("leaver3");
        var token = tokens.create("script");
        fixtures.signIn("root3");

        users.setEnabled(victim, 0, false);

        assertThat(tokens.authenticate(token.secret())).isEmpty();
    }

    @Autowired ApiTokenService tokens;
}
