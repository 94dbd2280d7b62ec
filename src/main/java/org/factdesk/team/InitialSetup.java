package org.factdesk.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.factdesk.base.AuditLog;
import org.factdesk.base.FactdeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * On the first start with an empty database, creates the admin account. There is no default
 * password: either the operator supplies one ({@code FACTDESK_ADMIN_PASSWORD}), or a random one
 * is printed once and written to {@code <data-dir>/initial-admin-password}, to be changed at
 * first sign-in. Once any user exists this creates nothing, whatever the environment says. The file
 * is deleted as soon as the admin has chosen their own password: from then on it holds a secret that
 * no longer opens anything but still tells an onlooker what was used.
 */
@Component
@Order(0)
class InitialSetup implements ApplicationRunner {

    static final String ADMIN_LOGIN = "admin";
    static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger log = LoggerFactory.getLogger(InitialSetup.class);

    private final JdbcUserRepository users;
    private final ApiTokenService tokens;
    private final PasswordEncoder passwordEncoder;
    private final FactdeskProperties properties;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    InitialSetup(JdbcUserRepository users, ApiTokenService tokens, PasswordEncoder passwordEncoder,
                 FactdeskProperties properties, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (users.count() > 0) {
            if (users.findByLogin(ADMIN_LOGIN).filter(admin -> !admin.data().mustChangePassword()).isPresent()) {
                deletePasswordFile();
            }
            return;
        }
        String supplied = properties.adminPassword();
        boolean generated = supplied == null || supplied.isBlank();
        String password = generated ? Passwords.generate() : supplied;
        if (!generated) {
            PasswordPolicy.check(ADMIN_LOGIN, password);
        }
        var data = new UserData(ADMIN_LOGIN, "Administrator", null, true, true, generated);
        var adminId = users.insert(data, passwordEncoder.encode(password), clock.instant());
        audit.record(null, null, "user", adminId, "created", null, data);
        if (generated) {
            Path file = writePasswordFile(password);
            System.out.println();
            System.out.println("=====================================================================");
            System.out.println(" Factdesk first start: sign in as \"" + ADMIN_LOGIN + "\" with password");
            System.out.println("     " + password);
            System.out.println(" (also saved to " + file + ")");
            System.out.println(" You will be asked to choose a new password at first sign-in.");
            System.out.println("=====================================================================");
            System.out.println();
        } else {
            log.info("Created the admin account \"{}\" with the password from FACTDESK_ADMIN_PASSWORD", ADMIN_LOGIN);
        }
        String token = properties.adminToken();
        if (token != null && !token.isBlank()) {
            tokens.createWithValue(adminId, "FACTDESK_ADMIN_TOKEN", token.trim());
            log.info("Created an API token for \"{}\" from FACTDESK_ADMIN_TOKEN", ADMIN_LOGIN);
        }
        events.publishEvent(new InitialAdminCreated(adminId));
    }

    /**
     * After the commit, so that a password change that failed keeps the file. Not a durable listener (decision 0024):
     * the file is on the disk of the instance that made it, and a publication left over would be resubmitted by
     * whichever instance starts next. A crash before this ran is made good by the next start of this instance instead
     * (see {@link #run}), which deletes the file once the admin has a password of their own.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void deletePasswordFileOnceReplaced(OwnPasswordChanged changed) {
        if (ADMIN_LOGIN.equalsIgnoreCase(changed.login())) {
            deletePasswordFile();
        }
    }

    private void deletePasswordFile() {
        Path file = properties.dataDir().resolve(PASSWORD_FILE);
        try {
            if (Files.deleteIfExists(file)) {
                log.info("Deleted {}: the admin has chosen their own password", file);
            }
        } catch (IOException e) {
            log.warn("Could not delete {} ({}); delete it by hand, it is no longer needed", file, e.getMessage());
        }
    }

    private Path writePasswordFile(String password) throws IOException {
        Files.createDirectories(properties.dataDir());
        Path file = properties.dataDir().resolve(PASSWORD_FILE);
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, password + System.lineSeparator(), StandardOpenOption.TRUNCATE_EXISTING);
        return file;
    }
}
