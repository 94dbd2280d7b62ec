package org.factdesk.base;

import java.util.Optional;
import org.factdesk.base.database.DataDirectoryInUseException;
import org.factdesk.base.database.DatabaseUnreachableException;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Turns the start-up failures an operator can fix (port taken, data directory in use, database
 * unreachable) into one line on standard error. Returning {@code true} tells Spring Boot the
 * failure was reported, so it prints no stack trace for these.
 */
public class StartupFailureReporter implements SpringBootExceptionReporter {

    public StartupFailureReporter(ConfigurableApplicationContext context) {
        // Spring Boot instantiates reporters with the context; we need nothing from it
    }

    @Override
    public boolean reportException(Throwable failure) {
        Optional<String> line = describe(failure);
        line.ifPresent(text -> System.err.println("Factdesk could not start: " + text));
        return line.isPresent();
    }

    static Optional<String> describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PortInUseException portInUse) {
                return Optional.of("port " + portInUse.getPort() + " is already in use. Stop the program using it, "
                        + "or start Factdesk on another port with --server.port=8081 (or SERVER_PORT=8081).");
            }
            if (t instanceof DataDirectoryInUseException || t instanceof DatabaseUnreachableException) {
                return Optional.of(t.getMessage());
            }
        }
        return Optional.empty();
    }
}
