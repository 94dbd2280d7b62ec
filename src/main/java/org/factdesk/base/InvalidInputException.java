package org.factdesk.base;

/** The request was understood but its content is not acceptable; the message says what to fix. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
