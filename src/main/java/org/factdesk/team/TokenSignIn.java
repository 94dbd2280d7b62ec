package org.factdesk.team;

import org.factdesk.base.PermissionDeniedException;
import org.factdesk.base.web.ApiThrottledException;
import org.factdesk.base.web.ApiUnauthorizedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * A personal API token for a login name and password, for scripts that set up a Factdesk. The
 * password goes through the same authentication, and so the same {@link LoginThrottle}, as the
 * sign-in form: guessing here is no faster than guessing there.
 */
@Service
public class TokenSignIn {

    private final AuthenticationManager authentication;
    private final ApiTokenService tokens;
    private final JdbcUserRepository users;

    TokenSignIn(AuthenticationManager authentication, ApiTokenService tokens, JdbcUserRepository users) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.users = users;
    }

    /** The new token; its secret is shown this once. {@code address} is the caller's, for the throttle. */
    public NewApiToken issue(String login, String password, String tokenName, String address) {
        ApiTokenService.checkName(tokenName);
        var request = UsernamePasswordAuthenticationToken.unauthenticated(login == null ? "" : login,
                password == null ? "" : password);
        request.setDetails(new WebAuthenticationDetails(address, null));
        FactdeskPrincipal principal;
        try {
            principal = (FactdeskPrincipal) authentication.authenticate(request).getPrincipal();
        } catch (SignInThrottledException e) {
            throw new ApiThrottledException(e.getMessage(), LoginThrottle.FIRST_LOCK.toSeconds());
        } catch (AuthenticationException e) {
            // the same words for an unknown login, a wrong password and a disabled account
            throw new ApiUnauthorizedException("The login name or the password is wrong.");
        }
        if (users.findById(principal.userId()).map(u -> u.data().mustChangePassword()).orElse(true)) {
            throw new PermissionDeniedException("This account still has its temporary password. Sign in on the web "
                    + "page once and choose a password, then ask for a token.");
        }
        return tokens.createFor(principal.userId(), tokenName);
    }
}
