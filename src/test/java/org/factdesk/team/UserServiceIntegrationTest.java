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

    @Test
    void a_passphrase_longer_than_bcrypts_72_bytes_is_accepted_and_only_the_whole_of_it_signs_in() {
        fixtures.user("long-phrase");
        fixtures.signIn("long-phrase");
        String phrase = "the ferry left at dawn and nobody on the quay could say who had ordered it to sail";
        assertThat(phrase.length()).isGreaterThan(72);

        users.changeOwnPassword(Fixtures.PASSWORD, phrase);

        assertThat(passwordSignIn.authenticate("long-phrase", phrase, "192.0.2.50").getUsername())
                .isEqualTo("long-phrase");
        assertThatThrownBy(() -> passwordSignIn.authenticate("long-phrase", phrase.substring(0, 72) + "X", "192.0.2.50"))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
        throttle.forgetAll();
    }

    @Test
    void hashes_written_by_earlier_versions_still_verify() {
        String earlier = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                .encode("an older password");
        assertThat(passwordEncoder.matches("an older password", earlier)).isTrue();
        assertThat(passwordEncoder.matches("x".repeat(100), earlier)).isFalse();
    }

    @Test
    void a_common_password_is_refused_with_a_reason() {
        fixtures.user("common-chooser");
        fixtures.signIn("common-chooser");
        assertThatThrownBy(() -> users.changeOwnPassword(Fixtures.PASSWORD, "aaaaaaaaaa"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("repeats");
        assertThatThrownBy(() -> users.changeOwnPassword(Fixtures.PASSWORD, "password1234"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("common");
    }

    @Autowired ApiTokenService tokens;
    @Autowired PasswordSignIn passwordSignIn;
    @Autowired LoginThrottle throttle;
}
