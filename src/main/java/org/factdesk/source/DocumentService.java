package org.factdesk.source;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.factdesk.base.AuditLog;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.Sha256;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class DocumentService {

    private final JdbcDocumentRepository documents;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    DocumentService(JdbcDocumentRepository documents, ProjectAccess access, CurrentUser currentUser, AuditLog audit,
                    Clock clock) {
        this.documents = documents;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Document> list(ProjectId projectId) {
        access.requireRead(projectId);
        return documents.findByProject(projectId);
    }

    @Transactional(readOnly = true)
    public Document get(DocumentId id) {
        var document = documents.findById(id).orElseThrow(() -> notFound(id));
        try {
            access.requireRead(document.projectId());
        } catch (NotFoundException e) {
            throw notFound(id);
        }
        return document;
    }

    @Transactional(readOnly = true)
    public DocumentText currentText(DocumentId id) {
        var document = get(id);
        return documents.findText(id, document.currentVersion()).orElseThrow(() -> notFound(id));
    }

    /** Stores plain text as a new document with version 1. Only line endings and Unicode form are normalised. */
    public Document importText(ProjectId projectId, DocumentData data, String text) {
        access.requireEdit(projectId);
        if (data.title() == null || data.title().isBlank()) {
            throw new InvalidInputException("A document needs a title.");
        }
        String normalised = normalise(text);
        if (normalised.isBlank()) {
            throw new InvalidInputException("The document has no text.");
        }
        var me = currentUser.requireId();
        var id = documents.insert(projectId, data, me, clock.instant());
        documents.insertVersion(id, 1, normalised, Sha256.hex(normalised), me, clock.instant());
        audit.record(me.value(), projectId.value(), "document", id, "imported", null,
                Map.of("title", data.title(), "version", 1));
        return documents.findById(id).orElseThrow();
    }

    static String normalise(String text) {
        String unixLines = (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unixLines, Normalizer.Form.NFC);
    }

    private static NotFoundException notFound(DocumentId id) {
        return new NotFoundException("Document " + id + " was not found.");
    }
}
