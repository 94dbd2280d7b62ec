package org.factdesk.team;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    static void refused(String login, String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check(login, password)).as(password)
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(reason);
    }

    @Test
    void a_short_password_is_refused_with_the_minimum_length() {
        refused("rosa", "short1", "at least 10 characters");
    }

    @Test
    void one_character_repeated_is_refused() {
        refused("rosa", "aaaaaaaaaa", "repeats");
        refused("rosa", "abcabcabcabc", "repeats");
    }

    @Test
    void a_run_of_neighbouring_characters_is_refused() {
        refused("rosa", "1234567890", "run");
        refused("rosa", "abcdefghijk", "run");
        refused("rosa", "qwertyuiop", "run");
        refused("rosa", "9876543210", "run");
    }

    @Test
    void common_passwords_are_refused_even_with_digits_or_signs_added() {
        refused("rosa", "password123", "common");
        refused("rosa", "Password2024!", "common");
        refused("rosa", "iloveyou12", "common");
        refused("rosa", "factdesk2026", "common");
    }

    @Test
    void a_password_containing_the_login_name_is_refused() {
        refused("rosalind", "rosalind-2026", "login name");
        refused("rosalind", "my name is ROSALIND", "login name");
    }

    @Test
    void blank_and_overly_long_passwords_are_refused() {
        refused("rosa", "            ", "spaces");
        refused("rosa", "x".repeat(40) + " y".repeat(120), "at most");
    }

    @Test
    void long_passphrases_without_any_composition_rules_are_welcome() {
        assertThatCode(() -> PasswordPolicy.check("rosa", "newsroom coffee 2026")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("rosa", "correct horse battery staple")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("rosa", "ünïcödé pässphrasé über alles, 80 characters long at least "
                + "so bcrypt would cut it")).doesNotThrowAnyException();
    }
}
