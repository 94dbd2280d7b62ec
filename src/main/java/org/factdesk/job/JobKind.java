package org.factdesk.job;

/**
 * What a job does; each kind has one {@link JobWork} bean, in the module that owns the work.
 *
 * @param item   what one item is, as the results' column heading says it
 * @param done   what a done item was, as the results say it
 * @param single a job of one long item (an export, a restore): one worker does it, it shows progress within the
 *               item, and when its item fails the job fails with the item's message
 * @param reads  the job only reads the project, so whoever may read the project may start it
 * @param steps  what the parts of a single item are, as its progress counts them ("claims"), or null
 */
public enum JobKind {
    IMPORT("Import", "File", "Imported", false, false, null),
    /** Claim extraction run again over documents already in the project ("Find claims again" on all of them). */
    REEXTRACTION("Finding claims", "Document", "Done", false, false, null),
    /** A report, written to a file that the job keeps ({@link JobService#output}). */
    EXPORT("Export", "File", "Exported", true, true, "claims"),
    /** A backup restored as a new project: the job has no project until its restore made one. */
    RESTORE("Restore", "Backup", "Restored", true, false, null);

    private final String label;
    private final String item;
    private final String done;
    private final boolean single;
    private final boolean reads;
    private final String steps;

    JobKind(String label, String item, String done, boolean single, boolean reads, String steps) {
        this.steps = steps;
        this.label = label;
        this.item = item;
        this.done = done;
        this.single = single;
        this.reads = reads;
    }

    public String label() {
        return label;
    }

    public String item() {
        return item;
    }

    public String done() {
        return done;
    }

    public boolean single() {
        return single;
    }

    public boolean reads() {
        return reads;
    }

    public String steps() {
        return steps;
    }
}
