package org.factdesk.report.ui;

import java.util.Optional;
import org.factdesk.job.JobItem;
import org.factdesk.job.JobKind;
import org.factdesk.job.ui.JobItemLink;
import org.factdesk.source.ui.SourceNavigation;
import org.springframework.stereotype.Component;

/** A restore's result opens the project it made. */
@Component
class RestoreItemLink implements JobItemLink {

    @Override
    public JobKind kind() {
        return JobKind.RESTORE;
    }

    @Override
    public Optional<String> href(JobItem item) {
        return Optional.ofNullable(item.project()).map(SourceNavigation::sources);
    }

    @Override
    public String label(JobItem item) {
        return "Open the restored project";
    }
}
