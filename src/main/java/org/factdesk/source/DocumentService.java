package org.factdesk.source;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factdesk.base.AuditLog;
import org.factdesk.base.Blanks;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a project's documents and editing their metadata. Importing is {@link SourceImporter}'s job. */
@Service
@Transactional
public class DocumentService {

    private final JdbcDocumentRepository documents;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    DocumentService(JdbcDocumentRepository documents, ProjectAccess access, CurrentUser currentUser, AuditLog audit,
                    org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.events = events;
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
    public List<Document> find(ProjectId projectId, DocumentQuery query, DocumentSort sort, int offset, int limit) {
        access.requireRead(projectId);
        return documents.find(projectId, query, sort, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(ProjectId projectId, DocumentQuery query) {
        access.requireRead(projectId);
        return documents.count(projectId, query);
    }

    @Transactional(readOnly = true)
    public List<String> outlets(ProjectId projectId) {
        access.requireRead(projectId);
        return documents.outlets(projectId);
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

    /**
     * The current text of a document the caller has just read with {@link #get}, whose access that checked: extraction
     * and every claim change need both, and reading the document again would cost two more queries each.
     */
    @Transactional(readOnly = true)
    public DocumentText currentText(Document document) {
        return documents.findText(document.id(), document.currentVersion()).orElseThrow(() -> notFound(document.id()));
    }

    @Transactional(readOnly = true)
    public DocumentText text(DocumentId id, int version) {
        get(id);
        return documents.findText(id, version)
                .orElseThrow(() -> new NotFoundException("Document " + id + " has no version " + version + "."));
    }

    @Transactional(readOnly = true)
    public List<DocumentVersionInfo> versions(DocumentId id) {
        get(id);
        return documents.versions(id);
    }

    /** Line by line, what changed between two versions of a document. */
    @Transactional(readOnly = true)
    public List<TextChange> compare(DocumentId id, int older, int newer) {
        List<String> before = Arrays.asList(text(id, older).text().split("\n", -1));
        List<String> after = Arrays.asList(text(id, newer).text().split("\n", -1));
        var changes = new ArrayList<TextChange>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int at = delta.getSource().getPosition();
            if (at > position) {
                changes.add(new TextChange(TextChange.Kind.SAME, String.join("\n", before.subList(position, at))));
            }
            if (!delta.getSource().getLines().isEmpty()) {
                changes.add(new TextChange(TextChange.Kind.REMOVED, String.join("\n", delta.getSource().getLines())));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                changes.add(new TextChange(TextChange.Kind.ADDED, String.join("\n", delta.getTarget().getLines())));
            }
            position = at + delta.getSource().size();
        }
        if (position < before.size()) {
            changes.add(new TextChange(TextChange.Kind.SAME, String.join("\n", before.subList(position, before.size()))));
        }
        return changes;
    }

    public Document updateMetadata(DocumentId id, int version, DocumentData data, String language) {
        var document = get(id);
        access.requireEdit(document.projectId());
        if (data.title() == null || data.title().isBlank()) {
            throw new InvalidInputException("A document needs a title.");
        }
        if (data.sourceType() == null) {
            throw new InvalidInputException("Choose a source type.");
        }
        org.factdesk.base.TextLimits.require("The title", data.title().strip(), 500);
        org.factdesk.base.TextLimits.require("The outlet", data.outlet(), 200);
        org.factdesk.base.TextLimits.require("The author", data.author(), 300);
        org.factdesk.base.TextLimits.require("The address", data.url(), 2_000);
        // a language code, "en" or "pt-BR": the longest tags anyone writes stay well within this
        org.factdesk.base.TextLimits.require("The language", language == null ? null : language.strip(), 35);
        var clean = new DocumentData(data.title().strip(), Blanks.toNull(data.outlet()), Blanks.toNull(data.author()),
                data.publishedOn(), org.factdesk.base.WebAddress.require("The document's address", data.url()),
                data.sourceType());
        boolean dateChanged = !java.util.Objects.equals(document.data().publishedOn(), clean.publishedOn());
        // a date an editor set is read as theirs; one they left alone keeps where it came from
        DateOrigin origin = !dateChanged ? document.dateOrigin() : clean.publishedOn() == null ? null : DateOrigin.EDITOR;
        documents.updateMetadata(id, version, clean, Blanks.toNull(language == null ? null : language.strip()), origin,
                clock.instant());
        documents.updateSearch(id, clean.title(), documents.findText(id, document.currentVersion()).orElseThrow().text());
        audit.record(currentUser.requireId().value(), document.projectId().value(), "document", id, "metadata-changed",
                document.data(), clean);
        if (dateChanged) {
            events.publishEvent(new DocumentDateChanged(document.projectId(), id, clean.publishedOn()));
        }
        return get(id);
    }

    /** The only changes made to imported text: line endings become \n, and Unicode is composed (NFC). */
    static String normalise(String text) {
        String unixLines = (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unixLines, Normalizer.Form.NFC);
    }

    private static NotFoundException notFound(DocumentId id) {
        return new NotFoundException("Document " + id + " was not found.");
    }
}
