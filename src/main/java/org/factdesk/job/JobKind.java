package org.factdesk.job;

/** What a job does; each kind has one {@link JobWork} bean, in the module that owns the work. */
public enum JobKind {
    IMPORT("Import");

    private final String label;

    JobKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
