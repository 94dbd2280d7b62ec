package org.factdesk.base.web;

/** Credentials sent in the body (not a token) were wrong: answered 401. */
public class ApiUnauthorizedException extends RuntimeException {

    public ApiUnauthorizedException(String message) {
        super(message);
    }
}
