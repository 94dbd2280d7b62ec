package org.factdesk.team;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this login name or address; says nothing about whether the name exists. */
public class SignInThrottledException extends AuthenticationException {

    SignInThrottledException() {
        super("Too many failed sign-ins. Wait a few minutes and try again.");
    }
}
