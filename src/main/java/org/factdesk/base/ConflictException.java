package org.factdesk.base;

/** Someone else changed the same row since it was read (optimistic locking). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
