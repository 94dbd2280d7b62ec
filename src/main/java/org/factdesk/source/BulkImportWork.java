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
 * A bulk import's items, each checked as if uploaded on its own (same checks, same duplicate detection), written
 * with their claims together inside the job's batch transaction.
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

    /**
     * Files go in together through {@link SourceImporter#importBatch}; a batch of one (the runner doing a failed
     * batch again file by file) and web addresses, which are downloaded first, one at a time.
     */
    @Override
    public List<ItemResult> process(Job job, List<JobInput> batch) {
        var project = job.data().projectId();
        var results = new ImportResult[batch.size()];
        var files = new ArrayList<ImportRequest>();
        var places = new ArrayList<Integer>();
        for (int i = 0; i < batch.size(); i++) {
            var input = batch.get(i);
            if (input.bytes() == null && input.url() != null) {
                results[i] = importer.importUrl(project, input.url());
            } else {
                files.add(ImportRequest.file(ImportArchive.baseName(input.name()), input.contentType(),
                        input.bytes() == null ? new byte[0] : input.bytes()));
                places.add(i);
            }
        }
        var imported = files.size() == 1 ? List.of(importer.importOne(project, files.getFirst()))
                : importer.importBatch(project, files);
        for (int k = 0; k < imported.size(); k++) {
            results[places.get(k)] = imported.get(k);
        }
        return java.util.Arrays.stream(results).map(BulkImportWork::result).toList();
    }

    private static ItemResult result(ImportResult result) {
        return switch (result.outcome()) {
            case IMPORTED, NEW_VERSION -> new ItemResult(ItemState.DONE, result.documentId().value(), result.message());
            case DUPLICATE -> new ItemResult(ItemState.DUPLICATE, result.documentId().value(), result.message());
            case REJECTED -> new ItemResult(ItemState.REJECTED, null, result.message());
        };
    }
}
