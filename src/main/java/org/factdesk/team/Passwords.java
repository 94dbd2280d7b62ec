package org.factdesk.team;

import java.security.SecureRandom;
import org.factdesk.base.InvalidInputException;

/** Password rules and generated passwords, shared by sign-up, reset and first start. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String generate() {
        var sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    static void requireAcceptable(String password, String login) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("The password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            throw new InvalidInputException("The password cannot be only spaces.");
        }
        if (login != null && password.equalsIgnoreCase(login)) {
            throw new InvalidInputException("The password cannot be the login name.");
        }
    }
}
