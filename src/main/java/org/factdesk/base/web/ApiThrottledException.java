package org.factdesk.base.web;

/** Too many failed attempts: answered 429 with Retry-After. */
public class ApiThrottledException extends RuntimeException {

    private final long retryAfterSeconds;

    public ApiThrottledException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
