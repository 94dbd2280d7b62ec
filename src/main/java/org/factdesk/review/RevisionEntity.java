package org.factdesk.review;

/**
 * What an entry of a claim's review history is about: {@code review_revision.entity_type}. For evidence and
 * comments the {@link #key()} is also the key of their entry in the revision's changes.
 */
public enum RevisionEntity {
    REVIEW("review"),
    EVIDENCE("evidence"),
    COMMENT("comment");

    private final String key;

    RevisionEntity(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
