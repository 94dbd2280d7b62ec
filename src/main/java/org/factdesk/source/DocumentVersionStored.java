package org.factdesk.source;

import org.factdesk.team.ProjectId;

/**
 * Published inside the import's transaction when a document already in the project gets a new text version (2 or
 * later); a new document is announced by {@link DocumentsImported}.
 */
public record DocumentVersionStored(ProjectId projectId, DocumentId documentId, int version) {
}
