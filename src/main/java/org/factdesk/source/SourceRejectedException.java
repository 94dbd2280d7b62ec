package org.factdesk.source;

/** A file or URL that cannot become a document; the message says why and what to do. */
public class SourceRejectedException extends RuntimeException {

    public SourceRejectedException(String message) {
        super(message);
    }

    public SourceRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
