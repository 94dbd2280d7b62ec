package org.factdesk.team;

import org.factdesk.base.InvalidInputException;

/**
 * What a password must be, wherever one is chosen: a password change, an account an admin or a
 * provisioning script creates with a password, the first admin's password from the environment.
 * The one place to make the rules stricter (a list of common passwords, for example).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, saying which rule; {@code login} may be null. */
    static void check(String password, String login) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "The password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "The password has more than " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            throw new InvalidInputException("password", "The password cannot be only spaces.");
        }
        if (login != null && password.equalsIgnoreCase(login.strip())) {
            throw new InvalidInputException("password", "The password cannot be the login name.");
        }
    }
}
