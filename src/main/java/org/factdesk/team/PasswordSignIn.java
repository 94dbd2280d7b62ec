package org.factdesk.team;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a login name and password the one way the sign-in form does, through {@link LoginThrottle}:
 * for any other sign-in path, such as exchanging a password for an API token, so that it cannot
 * become a way around the throttle.
 */
@Component
public class PasswordSignIn {

    private final AuthenticationManager authenticationManager;

    PasswordSignIn(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    /**
     * @param address the caller's address (for a servlet request, {@code request.getRemoteAddr()}),
     *                which the throttle counts as well as the login name
     * @return the signed-in user
     * @throws SignInThrottledException while sign-in is paused for this name or address
     * @throws AuthenticationException for a wrong password, an unknown or a disabled account, all alike
     */
    public FactdeskPrincipal authenticate(String login, String password, String address) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(login == null ? "" : login,
                password == null ? "" : password);
        request.setDetails(new WebAuthenticationDetails(address, null));
        return (FactdeskPrincipal) authenticationManager.authenticate(request).getPrincipal();
    }
}
