package org.factdesk.source.ui;

import java.util.Optional;
import org.factdesk.job.JobItem;
import org.factdesk.job.JobKind;
import org.factdesk.job.ui.JobItemLink;
import org.factdesk.source.DocumentId;
import org.springframework.stereotype.Component;

/** An import's result opens the document it made or matched. */
@Component
class ImportItemLink implements JobItemLink {

    @Override
    public JobKind kind() {
        return JobKind.IMPORT;
    }

    @Override
    public Optional<String> href(JobItem item) {
        return Optional.ofNullable(item.documentId()).map(id -> SourceNavigation.document(new DocumentId(id)));
    }
}
