package org.factdesk.team;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.factdesk.base.InvalidInputException;

/**
 * What a chosen password must be, after NIST SP 800-63B: long enough, not absurdly long, not a
 * password that guessing tools try first, not made of the login name, and nothing more. There are
 * deliberately no composition rules (a digit, a capital, a sign): they make passwords harder to
 * remember without making them harder to guess, and "Password1!" passes all of them.
 * <p>
 * Every password a person chooses passes {@link #check}: the first admin's from the environment,
 * a changed one. Generated temporary passwords are random and need no check.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /**
     * NIST asks for at least 64; more would only let someone make the server hash megabytes. Hashes
     * take a SHA-256 of the password first, so bcrypt's 72-byte limit does not apply (see
     * {@code SecurityConfiguration#passwordEncoder}).
     */
    public static final int MAX_LENGTH = 256;

    private static final Set<String> COMMON = load("/team/common-passwords.txt");
    private static final String[] KEYBOARD_ROWS = {"01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop",
            "azertyuiop", "abcdefghijklmnopqrstuvwxyz"};

    private PasswordPolicy() {
    }

    /**
     * @throws InvalidInputException saying what is wrong with the password and what makes a good one
     */
    public static void check(String login, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "Choose a password of at least " + MIN_LENGTH + " characters.");
        }
        // NIST: compare in one Unicode form, so that "é" typed two ways counts as one character.
        String normalized = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalized.codePointCount(0, normalized.length());
        if (normalized.isBlank()) {
            throw new InvalidInputException("password", "The password cannot be only spaces.");
        }
        if (length < MIN_LENGTH) {
            throw new InvalidInputException("password", "The password needs at least " + MIN_LENGTH + " characters; this one has "
                    + length + ". A few unrelated words make a good one.");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException("password", "The password can have at most " + MAX_LENGTH + " characters; this one has "
                    + length + ".");
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        String cleanLogin = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (cleanLogin.length() >= 3 && lower.contains(cleanLogin)) {
            throw new InvalidInputException("password", "The password cannot contain your login name. Choose something unrelated.");
        }
        if (isRepetition(lower)) {
            throw new InvalidInputException("password", "The password only repeats one character or a short pattern, which is "
                    + "guessed quickly. A few unrelated words make a good one.");
        }
        if (isRun(lower)) {
            throw new InvalidInputException("password", "The password is a run of neighbouring keys or letters (like 1234567890 "
                    + "or qwertyuiop), which is guessed first. A few unrelated words make a good one.");
        }
        if (COMMON.contains(lower) || COMMON.contains(withoutEnding(lower)) || COMMON.contains(lower.replace(" ", ""))) {
            throw new InvalidInputException("password", "This is one of the most common passwords, even with digits or signs added; "
                    + "guessing tools try it first. A few unrelated words make a good one.");
        }
    }

    /** "aaaaaaaaaa", "abababab", "abcabcabc": a pattern of at most a third of the length, repeated. */
    private static boolean isRepetition(String password) {
        int[] cps = password.codePoints().toArray();
        for (int period = 1; period <= cps.length / 3; period++) {
            boolean repeats = true;
            for (int i = period; i < cps.length && repeats; i++) {
                repeats = cps[i] == cps[i - period];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /** The whole password is a stretch of one keyboard row or the alphabet, forwards or backwards. */
    private static boolean isRun(String password) {
        for (String row : KEYBOARD_ROWS) {
            String backwards = new StringBuilder(row).reverse().toString();
            if (row.contains(password) || backwards.contains(password)) {
                return true;
            }
        }
        return false;
    }

    /** "Password2024!" → "password": what people add to a common password to satisfy old rules. */
    private static String withoutEnding(String password) {
        int end = password.length();
        while (end > 0 && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(0, end);
    }

    private static Set<String> load(String resource) {
        var words = new HashSet<String>();
        var in = PasswordPolicy.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The list of common passwords " + resource + " is missing from the build.");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
