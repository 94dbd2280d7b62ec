package org.factdesk.source;

import org.factdesk.team.ProjectId;

/**
 * Published inside the transaction that changed a document's own date: relative dates in its text ("on Tuesday",
 * "on 3 March") are read against it, so whatever resolved them must resolve them again.
 */
public record DocumentDateChanged(ProjectId projectId, DocumentId documentId, java.time.LocalDate publishedOn) {
}
