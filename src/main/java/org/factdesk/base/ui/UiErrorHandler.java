package org.factdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Shows what went wrong in a click handler as a message the editor can act on. Expected failures
 * (bad input, no permission, a conflicting edit) show their own message; anything else is logged
 * with its stack trace and shown as a plain sentence, never as a trace.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    static String messageFor(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException || t instanceof PermissionDeniedException
                    || t instanceof NotFoundException || t instanceof ConflictException) {
                return t.getMessage();
            }
            if (t instanceof AccessDeniedException) {
                return "Your account may not do this.";
            }
        }
        log.error("Unexpected failure in the UI", throwable);
        return "Something went wrong on the server. It was logged; try again, and tell your admin if it repeats.";
    }
}
