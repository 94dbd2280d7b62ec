package org.factdesk.base;

/**
 * The request was understood but its content is not acceptable; the message says what to fix, and
 * {@link #field()} names the input at fault when there is one, so an API client can point at it.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String message) {
        this(null, message);
    }

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field or parameter at fault ({@code tags[1]}, {@code limit}), or null. */
    public String field() {
        return field;
    }
}
