package org.factdesk.team;

import java.security.SecureRandom;

/** Generated passwords, for new users, resets and the first start; the rules are {@link PasswordPolicy}. */
final class Passwords {

    static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;
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
}
