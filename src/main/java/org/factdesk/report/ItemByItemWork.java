package org.factdesk.report;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.job.ItemResult;
import org.factdesk.job.Job;
import org.factdesk.job.JobControl;
import org.factdesk.job.JobInput;
import org.factdesk.job.JobWork;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report module's job work: each item on its own, its writes in a savepoint of the batch's transaction, so that
 * a refusal from a transactional call (which marks the transaction for rollback) rolls back the item alone.
 */
abstract class ItemByItemWork implements JobWork {

    protected final TransactionTemplate savepoint;

    ItemByItemWork(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public List<ItemResult> process(Job job, List<JobInput> batch) {
        return process(job, batch, JobControl.NONE);
    }

    @Override
    public List<ItemResult> process(Job job, List<JobInput> batch, JobControl control) {
        var results = new ArrayList<ItemResult>(batch.size());
        for (var input : batch) {
            results.add(one(job, input, control));
        }
        return results;
    }

    abstract ItemResult one(Job job, JobInput input, JobControl control);
}
