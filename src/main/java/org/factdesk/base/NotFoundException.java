package org.factdesk.base;

/**
 * Something the caller asked for does not exist, or the caller may not know that it exists.
 * Both cases look the same from outside, so a non-member cannot probe for project ids.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
