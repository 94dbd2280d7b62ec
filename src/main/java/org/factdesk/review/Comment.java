package org.factdesk.review;

import java.time.Instant;

/** A comment; {@code parentId} is null for the first comment of a thread, which carries {@code resolved}. */
public record Comment(long id, int version, Long parentId, String author, String body, boolean resolved,
                      Instant createdAt) {
}
