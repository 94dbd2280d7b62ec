package org.factdesk.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, whether through the sign-in form or an API token. */
public final class FactdeskPrincipal implements UserDetails, CredentialsContainer {

    private final UserId userId;
    private final String login;
    private final String displayName;
    private final boolean enabled;
    private final boolean instanceAdmin;
    private String passwordHash;

    FactdeskPrincipal(UserId userId, String login, String displayName, String passwordHash, boolean enabled,
                      boolean instanceAdmin) {
        this.userId = userId;
        this.login = login;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.instanceAdmin = instanceAdmin;
    }

    public UserId userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean instanceAdmin() {
        return instanceAdmin;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (instanceAdmin) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactdeskPrincipal p && p.userId.equals(userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "FactdeskPrincipal[" + login + "]";
    }
}
