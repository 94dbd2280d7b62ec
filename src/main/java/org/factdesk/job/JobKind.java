package org.factdesk.job;

/** What a job does; each kind has one {@link JobWork} bean, in the module that owns the work. */
public enum JobKind {
    IMPORT("Import"),
    /** Claim extraction run again over documents already in the project ("Find claims again" on all of them). */
    REEXTRACTION("Finding claims");

    private final String label;

    JobKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
