package org.factdesk.team;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.base.AuditLog;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is 32 random bytes, so a fast SHA-256 is enough to store it:
 * there is nothing to guess that a slow hash would protect.
 * <p>
 * See decision 0010 in docs/decisions.
 */
@Service
@Transactional
public class ApiTokenService {

    static final String PREFIX = "fd_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcApiTokenRepository tokens;
    private final JdbcUserRepository users;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokenService(JdbcApiTokenRepository tokens, JdbcUserRepository users, CurrentUser currentUser, AuditLog audit,
                    Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> listMine() {
        return tokens.findByOwner(currentUser.requireId());
    }

    public NewApiToken create(String name) {
        var me = currentUser.requireId();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return store(me, name, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Stores a token whose value the operator chose (FACTDESK_ADMIN_TOKEN on a first start). */
    NewApiToken createWithValue(UserId owner, String name, String secret) {
        if (secret == null || secret.length() < 20) {
            throw new InvalidInputException("FACTDESK_ADMIN_TOKEN needs at least 20 characters.");
        }
        return store(owner, name, secret);
    }

    /** A new random token of {@code owner}, who has just proved who they are (see {@link TokenSignIn}). */
    NewApiToken createFor(UserId owner, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return store(owner, name, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 80) {
            throw new InvalidInputException("name", "Give the token a name of 1 to 80 characters, e.g. \"newsroom script\".");
        }
        return clean;
    }

    private NewApiToken store(UserId owner, String name, String secret) {
        String clean = checkName(name);
        var token = tokens.insert(owner, clean, Sha256.hex(secret), secret.substring(0, Math.min(8, secret.length())) + "…",
                clock.instant());
        audit.record(owner.value(), null, "api_token", token.id(), "created", null, Map.of("name", clean));
        return new NewApiToken(token, secret);
    }

    public void revoke(long tokenId) {
        var me = currentUser.requireId();
        if (!tokens.revoke(me, tokenId, clock.instant())) {
            throw new NotFoundException("No active token " + tokenId + " of yours was found.");
        }
        audit.record(me.value(), null, "api_token", tokenId, "revoked", null, null);
    }

    /** The enabled user an active token belongs to. */
    public Optional<FactdeskPrincipal> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = Sha256.hex(secret);
        var token = tokens.findActive(hash);
        var principal = token.flatMap(t -> users.findPrincipalById(t.owner())).filter(FactdeskPrincipal::isEnabled);
        var now = clock.instant();
        // the last use is kept to the minute: a request a second must not write a row a second
        if (principal.isPresent() && JdbcApiTokenRepository.stale(token.get().lastUsedAt(), now)) {
            tokens.touch(hash, now);
        }
        principal.ifPresent(FactdeskPrincipal::eraseCredentials);
        return principal;
    }

}
