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
        var results = new ArrayList<ImportResult>();
        for (var request : requests) {
            results.add(importOne(projectId, request));
        }
        return results;
    }

    public ImportResult importOne(ProjectId projectId, ImportRequest request) {
        access.requireEdit(projectId);
        UserId me = currentUser.requireId();
        String name = request.fileName() == null || request.fileName().isBlank() ? "(unnamed)" : request.fileName();
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
            log.error("Import of {} into project {} failed", name, projectId, e);
            return ImportResult.rejected(name, "It could not be read: " + e.getClass().getSimpleName()
                    + ". The details were logged; tell your admin if it happens again.");
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

    private ImportResult store(ProjectId projectId, ImportRequest request, String name, UserId me) {
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
        String sha = Sha256.hex(text);
        var duplicate = documents.findBySha(projectId, sha);
        if (duplicate.isPresent()) {
            return duplicate(name, duplicate.get());
        }
        ParsedText parsed = SourceTextParser.parse(text);
        List<Block> blocks = withMarkupHeadings(parsed.blocks(), extraction.headings());
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
            documents.insertVersion(new JdbcDocumentRepository.NewVersion(document.id(), projectId, number, text, sha,
                    extraction.format(), blocks, extraction.links(), request.bytes(), name, request.contentType(),
                    request.url()), me, now);
            documents.updateSearch(document.id(), document.data().title(), text);
            documents.touch(document.id(), now);
            audit.record(me.value(), projectId.value(), "document", document.id(), "new-version", null,
                    Map.of("version", number, "file", name));
            events.publishEvent(new DocumentVersionStored(projectId, document.id(), number));
            return new ImportResult(name, ImportResult.Outcome.NEW_VERSION, document.id(), number,
                    document.data().title(), "Stored as version " + number + " of \"" + document.data().title() + "\".");
        }

        var data = new DocumentData(
                SourceTexts.firstNonBlank(request.title(), extraction.title(), parsed.title(), titleFromFileName(name)),
                SourceTexts.firstNonBlank(extraction.outlet(), parsed.outlet()),
                SourceTexts.firstNonBlank(extraction.author(), parsed.author()),
                extraction.publishedOn() != null ? extraction.publishedOn() : parsed.publishedOn(),
                request.url(),
                parsed.sourceType() == SourceType.OTHER && (extraction.author() != null || extraction.outlet() != null)
                        ? SourceType.NEWS : parsed.sourceType());
        String language = SourceTexts.firstNonBlank(extraction.language(), parsed.language());
        var id = documents.insert(projectId, data, language, text, me, now);
        documents.insertVersion(new JdbcDocumentRepository.NewVersion(id, projectId, 1, text, sha, extraction.format(),
                blocks, extraction.links(), request.bytes(), name, request.contentType(), request.url()), me, now);
        audit.record(me.value(), projectId.value(), "document", id, "imported", null,
                Map.of("title", data.title(), "file", name, "format", extraction.format().name()));
        events.publishEvent(new DocumentVersionStored(projectId, id, 1));
        return new ImportResult(name, ImportResult.Outcome.IMPORTED, id, 1, data.title(), "Imported.");
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
