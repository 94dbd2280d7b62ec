package org.factdesk.claim;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.job.ItemResult;
import org.factdesk.job.ItemState;
import org.factdesk.job.Job;
import org.factdesk.job.JobInput;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobWork;
import org.factdesk.source.DocumentId;
import org.springframework.stereotype.Component;

/** "Find claims again" over a project's documents: each document's extraction, as the reader's button does it. */
@Component
class ReextractionWork implements JobWork {

    private final ClaimService claims;

    ReextractionWork(ClaimService claims) {
        this.claims = claims;
    }

    @Override
    public JobKind kind() {
        return JobKind.REEXTRACTION;
    }

    @Override
    public List<ItemResult> process(Job job, List<JobInput> batch) {
        var results = new ArrayList<ItemResult>(batch.size());
        for (var input : batch) {
            var summary = claims.extract(new DocumentId(input.documentId()));
            results.add(new ItemResult(ItemState.DONE, input.documentId(), summary.added() == 0 ? "No new claims."
                    : "Added " + summary.added() + " suggested claim" + (summary.added() == 1 ? "." : "s.")));
        }
        return results;
    }
}
