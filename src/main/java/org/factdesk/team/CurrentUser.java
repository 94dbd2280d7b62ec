package org.factdesk.team;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
public class CurrentUser {

    public Optional<FactdeskPrincipal> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof FactdeskPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public FactdeskPrincipal require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first."));
    }

    public UserId requireId() {
        return require().userId();
    }
}
