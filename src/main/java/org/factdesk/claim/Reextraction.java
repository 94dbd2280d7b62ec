package org.factdesk.claim;

import java.util.Locale;
import org.factdesk.job.Job;
import org.factdesk.job.JobInput;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobService;
import org.factdesk.source.DocumentService;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Service;

/**
 * Claim extraction over every document of a project, as a background job: for a desk that changed its threshold or
 * got a better extractor. Claims that exist stay; suggestions are added where no claim is yet.
 */
@Service
public class Reextraction {

    private final JobService jobs;
    private final DocumentService documents;

    Reextraction(JobService jobs, DocumentService documents) {
        this.jobs = jobs;
        this.documents = documents;
    }

    public Job allDocuments(ProjectId project) {
        var all = documents.list(project);
        return jobs.start(project, JobKind.REEXTRACTION, String.format(Locale.ENGLISH, "Find claims again in %,d document%s",
                all.size(), all.size() == 1 ? "" : "s"),
                all.stream().map(d -> JobInput.document(d.data().title(), d.id().value())).iterator());
    }
}
