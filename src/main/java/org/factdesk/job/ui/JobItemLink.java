package org.factdesk.job.ui;

import java.util.Optional;
import org.factdesk.job.JobItem;
import org.factdesk.job.JobKind;

/**
 * Where a job's result leads (an imported document), offered by the module that owns the work: the job module
 * links to pages it does not know.
 */
public interface JobItemLink {

    JobKind kind();

    Optional<String> href(JobItem item);

    /** What the link says. */
    default String label(JobItem item) {
        return "Open";
    }
}
