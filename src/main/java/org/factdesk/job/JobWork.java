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
}
