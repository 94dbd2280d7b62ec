package org.factdesk.review;

/** Why someone was told: about a claim, or a job of theirs. Stored by name; the migrations' check constraint lists the same names. */
public enum NotificationKind {
    MENTION, ASSIGNED, REVIEW_REQUEST, SOURCE_CHANGED, JOB_FINISHED
}
