package org.factdesk.source;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.base.AuditLog;
import org.factdesk.base.Sha256;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings files, pasted text and downloads into a project. Each file is imported in a transaction
 * of its own (a savepoint, inside a bulk import's batch): it is stored whole or not at all, and a bad file never
 * affects the others in its batch.
 */
@Service
public class SourceImporter {

    private static final Logger log = LoggerFactory.getLogger(SourceImporter.class);

    private final JdbcDocumentRepository documents;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final UrlFetcher fetcher;
    private final SourceSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SourceImporter(JdbcDocumentRepository documents, ProjectAccess access, CurrentUser currentUser, UrlFetcher fetcher,
                   SourceSettings settings, AuditLog audit, PlatformTransactionManager transactions,
                   ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.access = access;
        this.currentUser = currentUser;
        this.fetcher = fetcher;
        this.settings = settings;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        // on its own a file is a transaction; inside a bulk import's batch it is a savepoint, so a bad file
        // rolls back alone and the batch's other files and results still commit together
        this.transaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
        this.events = events;
        this.clock = clock;
    }

    public long maxFileSize() {
        return settings.maxFileSize().toBytes();
    }

    public List<ImportResult> importAll(ProjectId projectId, List<ImportRequest> requests) {
        access.requireEdit(projectId);
        UserId me = currentUser.requireId();
        var results = new ArrayList<ImportResult>();
        for (var request : requests) {
            results.add(importChecked(projectId, request, me));
        }
        return results;
    }

    public ImportResult importOne(ProjectId projectId, ImportRequest request) {
        access.requireEdit(projectId);
        return importChecked(projectId, request, currentUser.requireId());
    }

    /** One file, in a transaction (or savepoint) of its own, once the caller's right to edit is checked. */
    private ImportResult importChecked(ProjectId projectId, ImportRequest request, UserId me) {
        String name = nameOf(request);
        try {
            if (request.bytes().length > settings.maxFileSize().toBytes()) {
                throw UrlFetcher.tooLarge(request.bytes().length, settings.maxFileSize().toBytes());
            }
            return transaction.execute(status -> store(projectId, request, name, me));
        } catch (SourceRejectedException e) {
            return ImportResult.rejected(name, e.getMessage());
        } catch (DuplicateKeyException raced) {
            // another import stored the same text a moment ago
            return documents.findBySha(projectId, Sha256.hex(DocumentService.normalise(
                            TextExtractor.extract(request.fileName(), request.contentType(), request.bytes(), request.url())
                                    .text())))
                    .map(d -> duplicate(name, d))
                    .orElse(ImportResult.rejected(name, "It was imported at the same moment by someone else."));
        } catch (RuntimeException e) {
            return unreadable(projectId, name, e);
        }
    }

    /** Pasted text: a title from the editor, everything else as for a plain-text file. */
    public ImportResult importPasted(ProjectId projectId, String title, String text) {
        boolean titled = title != null && !title.isBlank();
        if (text == null || text.isBlank()) {
            return ImportResult.rejected(titled ? title.strip() : "Pasted text", "Paste some text first: the box is empty.");
        }
        return importOne(projectId, new ImportRequest((titled ? title.strip() : "Pasted text") + ".txt", "text/plain",
                (text == null ? "" : text).getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null,
                titled ? title.strip() : null));
    }

    /** Downloads the page or file and imports it; a second import of the same URL becomes a new version. */
    public ImportResult importUrl(ProjectId projectId, String url) {
        access.requireEdit(projectId);
        String name = webAddress(url);
        if (name.isEmpty()) {
            return ImportResult.rejected("Web address", "Enter a web address, such as https://example.org/news.");
        }
        try {
            var fetched = fetcher.fetch(name);
            String fileName = fileNameOf(fetched.finalUrl());
            return importOne(projectId, new ImportRequest(fileName, fetched.contentType(), fetched.bytes(), name, null,
                    null));
        } catch (SourceRejectedException e) {
            return ImportResult.rejected(name, e.getMessage());
        }
    }

    /** An address as people type it: "example.org/news" means https://example.org/news. */
    static String webAddress(String typed) {
        String url = typed == null ? "" : typed.strip();
        if (!url.isEmpty() && !url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")
                && url.matches("(?i)^[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)+(:\\d+)?([/?#].*)?$")) {
            return "https://" + url;
        }
        return url;
    }

    /**
     * Many new files in one go, inside the caller's transaction (a bulk import's batch): each is read and checked as
     * if uploaded on its own, then the new documents, their first versions, their audit rows and (through
     * {@link DocumentsImported}) their claims are written together for the whole batch, a statement or two each, not
     * per file. A file that cannot be read is rejected alone; anything the database refuses (another import storing the same
     * text at the same moment) throws, and the caller does the batch again file by file.
     */
    public List<ImportResult> importBatch(ProjectId projectId, List<ImportRequest> requests) {
        access.requireEdit(projectId);
        UserId me = currentUser.requireId();
        var results = new ImportResult[requests.size()];
        var prepared = new java.util.LinkedHashMap<String, Prepared>();
        var sameInBatch = new java.util.HashMap<Integer, String>();
        for (int i = 0; i < requests.size(); i++) {
            var request = requests.get(i);
            String name = nameOf(request);
            if (request.url() != null || request.newVersionOf() != null) {
                results[i] = importOne(projectId, request);
                continue;
            }
            try {
                var p = prepare(request, name);
                if (prepared.containsKey(p.sha())) {
                    sameInBatch.put(i, p.sha());
                } else {
                    prepared.put(p.sha(), p.at(i));
                }
            } catch (SourceRejectedException e) {
                results[i] = ImportResult.rejected(name, e.getMessage());
            } catch (RuntimeException e) {
                results[i] = unreadable(projectId, name, e);
            }
        }
        var existing = documents.findByShas(projectId, prepared.keySet());
        var fresh = new ArrayList<Prepared>();
        for (var p : prepared.values()) {
            var duplicate = existing.get(p.sha());
            if (duplicate != null) {
                results[p.index()] = duplicate(p.name(), duplicate);
            } else {
                fresh.add(p);
            }
        }
        var now = clock.instant();
        var ids = documents.insertAll(projectId, fresh.stream().map(p -> p.newDocument(projectId)).toList(), me, now);
        var imported = new ArrayList<DocumentsImported.ImportedDocument>(fresh.size());
        var audits = new ArrayList<AuditLog.Entry>(fresh.size());
        var byId = new java.util.HashMap<String, JdbcDocumentRepository.DuplicateOf>();
        for (int k = 0; k < fresh.size(); k++) {
            var p = fresh.get(k);
            var id = ids.get(k);
            results[p.index()] = new ImportResult(p.name(), ImportResult.Outcome.IMPORTED, id, 1, p.data().title(),
                    "Imported.");
            byId.put(p.sha(), new JdbcDocumentRepository.DuplicateOf(id, 1, p.data().title()));
            audits.add(p.audit(me, projectId, id));
            imported.add(p.imported(id, me, now));
        }
        // a text twice in one batch: the second is a duplicate of the first, stored now or found already there
        sameInBatch.forEach((i, sha) -> results[i] = duplicate(nameOf(requests.get(i)),
                byId.containsKey(sha) ? byId.get(sha) : existing.get(sha)));
        audit.recordAll(audits);
        if (!imported.isEmpty()) {
            events.publishEvent(new DocumentsImported(projectId, me, List.copyOf(imported)));
        }
        return List.of(results);
    }

    /** A file read, checked and parsed, ready to be stored; {@code index} is its place in a batch. */
    private record Prepared(int index, String name, ImportRequest request, Extraction extraction, String text,
                            String sha, List<Block> blocks, DocumentData data, String language,
                            List<java.time.LocalDate> statedDates, DateOrigin dateOrigin) {

        Prepared at(int i) {
            return new Prepared(i, name, request, extraction, text, sha, blocks, data, language, statedDates,
                    dateOrigin);
        }

        JdbcDocumentRepository.NewDocument newDocument(ProjectId projectId) {
            return new JdbcDocumentRepository.NewDocument(data, language, statedDates, dateOrigin,
                    version(null, projectId, 1));
        }

        JdbcDocumentRepository.NewVersion version(DocumentId id, ProjectId projectId, int number) {
            return new JdbcDocumentRepository.NewVersion(id, projectId, number, text, sha, extraction.format(), blocks,
                    extraction.links(), request.bytes(), name, request.contentType(), request.url());
        }

        AuditLog.Entry audit(UserId me, ProjectId projectId, DocumentId id) {
            return new AuditLog.Entry(me.value(), projectId.value(), "document", id, "imported", null,
                    Map.of("title", data.title(), "file", name, "format", extraction.format().name()));
        }

        DocumentsImported.ImportedDocument imported(DocumentId id, UserId me, java.time.Instant now) {
            return new DocumentsImported.ImportedDocument(new DocumentText(id, 1, text, sha, extraction.format(), blocks,
                    extraction.links(), name, request.url(), null, now), data.publishedOn());
        }
    }

    private Prepared prepare(ImportRequest request, String name) {
        if (request.bytes().length > settings.maxFileSize().toBytes()) {
            throw UrlFetcher.tooLarge(request.bytes().length, settings.maxFileSize().toBytes());
        }
        Extraction extraction = TextExtractor.extract(request.fileName(), request.contentType(), request.bytes(),
                request.url(), settings.maxTextSize().toBytes());
        if (extraction.text().length() > settings.maxTextSize().toBytes()) {
            throw new SourceRejectedException(String.format(java.util.Locale.ENGLISH, "Its text is longer than %,d MB "
                    + "(factdesk.sources.max-text-size). Split it into smaller files.",
                    settings.maxTextSize().toMegabytes()));
        }
        String text = DocumentService.normalise(extraction.text());
        if (text.isBlank()) {
            throw new SourceRejectedException("No text was found in it.");
        }
        ParsedText parsed = SourceTextParser.parse(text);
        List<Block> blocks = withMarkupHeadings(parsed.blocks(), extraction.headings());
        var data = new DocumentData(
                SourceTexts.firstNonBlank(request.title(), extraction.title(), parsed.title(), titleFromFileName(name)),
                SourceTexts.firstNonBlank(extraction.outlet(), parsed.outlet()),
                SourceTexts.firstNonBlank(extraction.author(), parsed.author()),
                extraction.publishedOn() != null ? extraction.publishedOn() : parsed.publishedOn(),
                request.url(),
                parsed.sourceType() == SourceType.OTHER && (extraction.author() != null || extraction.outlet() != null)
                        ? SourceType.NEWS : parsed.sourceType());
        String language = SourceTexts.firstNonBlank(extraction.language(), parsed.language());
        return new Prepared(0, name, request, extraction, text, Sha256.hex(text), blocks, data, language,
                statedDates(extraction.publishedOn(), parsed.dateLines()),
                extraction.publishedOn() != null ? DateOrigin.METADATA
                        : parsed.publishedOn() != null ? DateOrigin.DATE_LINE : null);
    }

    /**
     * The metadata date (which keeps precedence) and the text's date lines, each once: a metadata date that a date
     * line contradicts is as much a second date to show the editor as two date lines that disagree.
     */
    static List<java.time.LocalDate> statedDates(java.time.LocalDate metadata, List<java.time.LocalDate> dateLines) {
        var dates = new java.util.LinkedHashSet<java.time.LocalDate>();
        if (metadata != null) {
            dates.add(metadata);
        }
        dates.addAll(dateLines);
        return List.copyOf(dates);
    }

    private ImportResult store(ProjectId projectId, ImportRequest request, String name, UserId me) {
        var p = prepare(request, name);
        var duplicate = documents.findBySha(projectId, p.sha());
        if (duplicate.isPresent()) {
            return duplicate(name, duplicate.get());
        }
        var target = request.newVersionOf() != null
                ? documents.findById(request.newVersionOf()).filter(d -> d.projectId().equals(projectId))
                        .or(() -> {
                            throw new SourceRejectedException("The document to add a version to is not in this project.");
                        })
                : request.url() == null ? java.util.Optional.<Document>empty() : documents.findByUrl(projectId, request.url());

        var now = clock.instant();
        if (target.isPresent()) {
            var document = target.get();
            int number = document.currentVersion() + 1;
            documents.insertVersion(p.version(document.id(), projectId, number), me, now);
            documents.updateSearch(document.id(), document.data().title(), p.text());
            documents.touch(document.id(), now);
            documents.updateStatedDates(document.id(), p.statedDates());
            audit.record(me.value(), projectId.value(), "document", document.id(), "new-version", null,
                    Map.of("version", number, "file", name));
            events.publishEvent(new DocumentVersionStored(projectId, document.id(), number));
            return new ImportResult(name, ImportResult.Outcome.NEW_VERSION, document.id(), number,
                    document.data().title(), "Stored as version " + number + " of \"" + document.data().title() + "\".");
        }
        var id = documents.insertAll(projectId, List.of(p.newDocument(projectId)), me, now).getFirst();
        audit.recordAll(List.of(p.audit(me, projectId, id)));
        events.publishEvent(new DocumentsImported(projectId, me, List.of(p.imported(id, me, now))));
        return new ImportResult(name, ImportResult.Outcome.IMPORTED, id, 1, p.data().title(), "Imported.");
    }

    private static String nameOf(ImportRequest request) {
        return request.fileName() == null || request.fileName().isBlank() ? "(unnamed)" : request.fileName();
    }

    private ImportResult unreadable(ProjectId projectId, String name, RuntimeException e) {
        log.error("Import of {} into project {} failed", name, projectId, e);
        return ImportResult.rejected(name, "It could not be read: " + e.getClass().getSimpleName()
                + ". The details were logged; tell your admin if it happens again.");
    }

    private static ImportResult duplicate(String name, JdbcDocumentRepository.DuplicateOf of) {
        return new ImportResult(name, ImportResult.Outcome.DUPLICATE, of.documentId(), of.number(), of.title(),
                "Same text as \"" + of.title() + "\" (version " + of.number() + "); not stored again.");
    }

    /** Headings the markup declares (HTML h2–h6, Word heading styles) win over the text parser's guesses. */
    static List<Block> withMarkupHeadings(List<Block> blocks, List<int[]> headings) {
        if (headings.isEmpty()) {
            return blocks;
        }
        // by span in a set: a page of 50,000 headings must not compare every block with every heading
        var spans = new java.util.HashSet<Long>(headings.size() * 2);
        headings.forEach(h -> spans.add(span(h[0], h[1])));
        var result = new ArrayList<Block>(blocks.size());
        for (Block block : blocks) {
            boolean heading = spans.contains(span(block.start(), block.end()));
            result.add(heading && block.kind() != BlockKind.TITLE ? Block.of(BlockKind.HEADING, block.start(), block.end())
                    : block);
        }
        return List.copyOf(result);
    }

    private static long span(int start, int end) {
        return (long) start << 32 | (end & 0xffffffffL);
    }

    private static String titleFromFileName(String name) {
        String base = name.replaceAll("\\.[A-Za-z0-9]{1,8}$", "").replace('_', ' ').strip();
        return base.isEmpty() ? "Untitled source" : base;
    }

    private static String fileNameOf(String url) {
        String path = java.net.URI.create(url).getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? java.net.URI.create(url).getHost() : last;
    }
}
