package org.factdesk.job;

import java.util.List;

/**
 * The work of one {@link JobKind}, offered by the module that owns it. {@link #process} runs inside the transaction
 * that also records the items' results, as the job's owner: what it writes and the results commit together or not
 * at all, which is what makes every item happen exactly once. It must not commit or start transactions of its own
 * (a nested savepoint per item is fine), and one item's failure must become that item's result, not an exception.
 */
public interface JobWork {

    JobKind kind();

    /** One result per input, in the same order. */
    List<ItemResult> process(Job job, List<JobInput> batch);

    /** The same, for work that reports progress within an item, checks for a cancel or keeps a file. */
    default List<ItemResult> process(Job job, List<JobInput> batch, JobControl control) {
        return process(job, batch);
    }

    /**
     * Whether the batch's transaction reads one snapshot of the database (repeatable read), as a report must so that
     * it never mixes states. Such work runs with one worker: a snapshot's transaction cannot lock items that another
     * worker finished after the snapshot was taken.
     */
    default boolean oneSnapshot() {
        return false;
    }
}
