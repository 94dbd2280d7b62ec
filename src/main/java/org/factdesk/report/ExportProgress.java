package org.factdesk.report;

/** Told how far an export has come, and asked whether it should stop. */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {
    };

    default void progressed(int claimsDone, int claimsTotal) {
    }

    default boolean cancelled() {
        return false;
    }
}
