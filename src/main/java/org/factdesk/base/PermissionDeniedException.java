package org.factdesk.base;

/** The caller can see the thing but their role does not allow this change. */
public class PermissionDeniedException extends RuntimeException {

    public PermissionDeniedException(String message) {
        super(message);
    }
}
