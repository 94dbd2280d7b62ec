package org.factdesk.team;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.factdesk.base.AuditLog;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class UserService {

    private final JdbcUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final SignedInSessions sessions;
    private final ApplicationEventPublisher events;

    UserService(JdbcUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser, AuditLog audit,
                Clock clock, SignedInSessions sessions, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
        this.events = events;
    }

    /**
     * The new account and, when no password was given, the temporary one the admin hands over, which
     * the user must replace at first sign-in (null when the password was given).
     */
    public record CreatedUser(User user, String temporaryPassword) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<User> list() {
        return users.findAll();
    }

    /** Enabled users to pick from when adding project members: names only, for any signed-in user. */
    @Transactional(readOnly = true)
    public List<User> directory() {
        currentUser.require();
        return users.findAll().stream().filter(u -> u.data().enabled()).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CreatedUser create(String login, String displayName, String email, boolean instanceAdmin) {
        return create(login, displayName, email, instanceAdmin, null);
    }

    /**
     * Creates an account. With a {@code password} that meets {@link PasswordPolicy} the account is ready
     * to use (provisioning scripts set it); without one it gets a temporary password to change at first sign-in.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedUser create(String login, String displayName, String email, boolean instanceAdmin, String password) {
        String cleanLogin = login == null ? "" : login.trim();
        if (!cleanLogin.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new InvalidInputException("login", "A login name has 2 to 64 letters, digits, dots, dashes, underscores or @.");
        }
        if (users.findByLogin(cleanLogin).isPresent()) {
            throw new InvalidInputException("login", "The login name \"" + cleanLogin + "\" is taken. Choose another one.");
        }
        String name = displayName == null || displayName.isBlank() ? cleanLogin : displayName.trim();
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}")) {
            throw new InvalidInputException("email", "\"" + email.strip() + "\" is not an e-mail address; write it like "
                    + "rosa@example.org, or leave it empty.");
        }
        if (name.length() > 120) {
            throw new InvalidInputException("name", "A name has at most 120 characters.");
        }
        if (password != null) {
            PasswordPolicy.check(cleanLogin, password);
        }
        String chosen = password != null ? password : Passwords.generate();
        var data = new UserData(cleanLogin, name, blankToNull(email), true, instanceAdmin, password == null);
        var id = users.insert(data, passwordEncoder.encode(chosen), clock.instant());
        audit.record(currentUser.requireId().value(), null, "user", id, "created", null, data);
        return new CreatedUser(users.findById(id).orElseThrow(), password == null ? chosen : null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public User setEnabled(UserId id, int version, boolean enabled) {
        var user = require(id);
        if (!enabled && id.equals(currentUser.requireId())) {
            throw new InvalidInputException("You cannot disable your own account. Ask another admin.");
        }
        var data = new UserData(user.data().login(), user.data().displayName(), user.data().email(), enabled,
                user.data().instanceAdmin(), user.data().mustChangePassword());
        users.update(id, version, data, clock.instant());
        audit.record(currentUser.requireId().value(), null, "user", id, enabled ? "enabled" : "disabled",
                Map.of("enabled", user.data().enabled()), Map.of("enabled", enabled));
        if (!enabled) {
            // A disabled account must not keep working in a browser that is already signed in.
            sessions.endAll(id);
        }
        return require(id);
    }

    /** Gives the user a new temporary password that must be changed at the next sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(UserId id, int version) {
        require(id);
        String password = Passwords.generate();
        users.updatePassword(id, version, passwordEncoder.encode(password), true, clock.instant());
        audit.record(currentUser.requireId().value(), null, "user", id, "password-reset", null, null);
        // A reset usually means the old password is known to someone else: sign them out.
        sessions.endAll(id);
        return password;
    }

    public void changeOwnPassword(String currentPassword, String newPassword) {
        var me = currentUser.require();
        var user = require(me.userId());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, users.passwordHash(me.userId()))) {
            throw new PermissionDeniedException("The current password is not right. Type it again.");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new InvalidInputException("The new password must differ from the current one.");
        }
        PasswordPolicy.check(user.data().login(), newPassword);
        users.updatePassword(me.userId(), user.version(), passwordEncoder.encode(newPassword), false, clock.instant());
        audit.record(me.userId().value(), null, "user", me.userId(), "password-changed", null, null);
        // Whoever else was signed in with the old password is signed out; this browser stays signed in.
        sessions.endOthers(me.userId());
        events.publishEvent(new OwnPasswordChanged(me.userId(), user.data().login()));
    }

    /** True until the first admin has chosen their own password; the sign-in page then explains where to find it. */
    @Transactional(readOnly = true)
    public boolean isFirstRun() {
        var all = users.findAll();
        return all.size() == 1 && all.getFirst().data().mustChangePassword() && all.getFirst().data().instanceAdmin();
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(UserId id) {
        return users.findById(id).map(u -> u.data().mustChangePassword()).orElse(false);
    }

    @Transactional(readOnly = true)
    public User me() {
        return require(currentUser.requireId());
    }

    private User require(UserId id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User " + id + " was not found."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
