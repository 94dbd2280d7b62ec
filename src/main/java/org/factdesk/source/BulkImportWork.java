package org.factdesk.source;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.job.ItemResult;
import org.factdesk.job.ItemState;
import org.factdesk.job.Job;
import org.factdesk.job.JobInput;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobWork;
import org.springframework.stereotype.Component;

/**
 * A bulk import's items, imported as if each had been uploaded on its own (same checks, same duplicate detection,
 * claims extracted in the same savepoint), inside the job's batch transaction.
 */
@Component
class BulkImportWork implements JobWork {

    private final SourceImporter importer;

    BulkImportWork(SourceImporter importer) {
        this.importer = importer;
    }

    @Override
    public JobKind kind() {
        return JobKind.IMPORT;
    }

    @Override
    public List<ItemResult> process(Job job, List<JobInput> batch) {
        var project = job.data().projectId();
        var results = new ArrayList<ItemResult>(batch.size());
        for (var input : batch) {
            var result = input.bytes() == null && input.url() != null
                    ? importer.importUrl(project, input.url())
                    : importer.importOne(project, ImportRequest.file(ImportArchive.baseName(input.name()),
                            input.contentType(), input.bytes() == null ? new byte[0] : input.bytes()));
            results.add(switch (result.outcome()) {
                case IMPORTED, NEW_VERSION -> new ItemResult(ItemState.DONE, result.documentId().value(), result.message());
                case DUPLICATE -> new ItemResult(ItemState.DUPLICATE, result.documentId().value(), result.message());
                case REJECTED -> new ItemResult(ItemState.REJECTED, null, result.message());
            });
        }
        return results;
    }
}
