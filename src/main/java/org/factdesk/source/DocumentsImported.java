package org.factdesk.source;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;

/**
 * Published inside the import's transaction when new documents are stored, each with its first version: one file
 * or a bulk import's whole batch. It carries the texts, so that claim extraction in the same transaction reads
 * nothing back from the database; a document is never committed without its claims.
 *
 * @param importedBy who imported them (a job's owner for a bulk import)
 */
public record DocumentsImported(ProjectId projectId, UserId importedBy, List<ImportedDocument> documents) {

    /** @param publishedOn the document's own date, against which relative dates in its text are read; or null */
    public record ImportedDocument(DocumentText text, LocalDate publishedOn) {

        public DocumentId documentId() {
            return text.documentId();
        }
    }
}
