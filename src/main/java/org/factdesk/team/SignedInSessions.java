package org.factdesk.team;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The open HTTP sessions of this instance, so that a user's sessions can be ended when the account
 * is disabled or its password changes: a signed-in session otherwise keeps its user until it times
 * out (8 hours), whatever happened to the account. Spring Boot registers this as a session listener.
 * <p>
 * Per instance, like the sessions themselves (sticky sessions keep each browser on one instance).
 */
@Component
class SignedInSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    /** Ends every session of this user. */
    int endAll(UserId user) {
        return end(user, null);
    }

    /** Ends every session of this user but the one making the current request, if any. */
    int endOthers(UserId user) {
        return end(user, currentSessionId());
    }

    private int end(UserId user, String keepId) {
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                if (!session.getId().equals(keepId) && belongsTo(session, user)) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalidated) {
                sessions.remove(session);
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of user {}", ended, user.value());
        }
        return ended;
    }

    private static boolean belongsTo(HttpSession session, UserId user) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof FactdeskPrincipal principal
                && principal.userId().equals(user);
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
