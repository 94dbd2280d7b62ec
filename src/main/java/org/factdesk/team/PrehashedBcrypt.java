package org.factdesk.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt of the password's SHA-256, so that passphrases of any length count in full: bcrypt itself
 * reads at most 72 bytes (Spring refuses more, which surfaced as "Something went wrong" for an
 * 80-character passphrase, and older libraries silently ignored the rest). The digest is Base64, 44
 * ASCII characters, because some bcrypt implementations stop at a zero byte, which a raw digest may
 * hold. bcrypt's salt and cost still make each guess slow; the SHA-256 step adds no weakness for
 * passwords, which are far below 256 bits of entropy.
 * <p>
 * New hashes are written as {@code {bcrypt-sha256}…}; hashes from earlier versions ({@code {bcrypt}…})
 * still verify, so nobody has to reset a password after an upgrade.
 */
final class PrehashedBcrypt implements PasswordEncoder {

    static final String ID = "bcrypt-sha256";
    private static final int BCRYPT_MAX_BYTES = 72;

    private final BCryptPasswordEncoder bcrypt;

    PrehashedBcrypt(BCryptPasswordEncoder bcrypt) {
        this.bcrypt = bcrypt;
    }

    /** The encoder for the application: new hashes prehashed, old plain bcrypt hashes still accepted. */
    static PasswordEncoder delegating() {
        var bcrypt = new BCryptPasswordEncoder();
        return new DelegatingPasswordEncoder(ID, Map.of(ID, new PrehashedBcrypt(bcrypt), "bcrypt", legacy(bcrypt)));
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(prehash(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && bcrypt.matches(prehash(rawPassword), encodedPassword);
    }

    private static String prehash(CharSequence rawPassword) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Plain bcrypt, for hashes written before prehashing. No such hash can belong to a password over
     * 72 bytes, so a longer one simply does not match (Spring's encoder would throw instead).
     */
    private static PasswordEncoder legacy(BCryptPasswordEncoder bcrypt) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return bcrypt.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return rawPassword != null
                        && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES
                        && bcrypt.matches(rawPassword, encodedPassword);
            }
        };
    }
}
