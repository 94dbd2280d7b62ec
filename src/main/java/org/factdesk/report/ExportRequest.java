package org.factdesk.report;

import org.factdesk.claim.ClaimQuery;
import org.factdesk.team.ProjectId;

/** A report to make: of a project, narrowed by a claims filter (a document, a status, anything the claims list filters by). */
public record ExportRequest(ProjectId projectId, ExportFormat format, ClaimQuery filter, ExportOptions options) {

    public ExportRequest {
        filter = filter == null ? ClaimQuery.all() : filter;
        options = options == null ? ExportOptions.defaults() : options;
    }
}
