package org.factdesk.team;

import java.util.function.Supplier;
import org.factdesk.base.NotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work (such as creating the demo project) as a real user, so that it goes through
 * the same services and permission checks as a person in the UI would, and is audited as theirs.
 */
@Component
public class SystemTasks {

    private final JdbcUserRepository users;

    SystemTasks(JdbcUserRepository users) {
        this.users = users;
    }

    public <T> T runAs(UserId userId, Supplier<T> work) {
        var principal = users.findPrincipalById(userId)
                .orElseThrow(() -> new NotFoundException("User " + userId + " was not found."));
        principal.eraseCredentials();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
