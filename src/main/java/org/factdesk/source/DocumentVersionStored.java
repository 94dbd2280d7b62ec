package org.factdesk.source;

import org.factdesk.team.ProjectId;

/** Published inside the import's transaction when a document gets a new text version (1 for a new document). */
public record DocumentVersionStored(ProjectId projectId, DocumentId documentId, int version) {
}
