package org.factdesk.source.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.web.ApiInput;
import org.factdesk.source.DocumentData;
import org.factdesk.source.Block;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentId;
import org.factdesk.source.DocumentQuery;
import org.factdesk.source.DocumentService;
import org.factdesk.source.DocumentSort;
import org.factdesk.source.DocumentVersionInfo;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.ImportResult;
import org.factdesk.source.SourceImporter;
import org.factdesk.source.SourceLink;
import org.factdesk.source.SourceType;
import org.factdesk.team.ProjectId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
class DocumentApiController {

    private final DocumentService documents;
    private final SourceImporter importer;

    DocumentApiController(DocumentService documents, SourceImporter importer) {
        this.documents = documents;
        this.importer = importer;
    }

    record DocumentJson(long id, long projectId, String title, String outlet, String author, LocalDate publishedOn,
                        String url, String sourceType, String language, int currentVersion, int version,
                        @Schema(description = "the distinct dates the source states for itself (its metadata date, "
                                + "then its date lines as written); two or more mean it contradicts itself")
                        List<LocalDate> statedDates,
                        @Schema(description = "where publishedOn came from: METADATA, DATE_LINE or EDITOR; null if "
                                + "unknown") String dateOrigin) {
        static DocumentJson of(Document d) {
            var data = d.data();
            return new DocumentJson(d.id().value(), d.projectId().value(), data.title(), data.outlet(), data.author(),
                    data.publishedOn(), data.url(), data.sourceType().name(), d.language(), d.currentVersion(),
                    d.version(), d.statedDates(), d.dateOrigin() == null ? null : d.dateOrigin().name());
        }
    }

    /** What PATCH accepts, for the API description; the body is read field by field to tell "null" from "left out". */
    @Schema(description = "Any of these; a field left out keeps its value, null (or \"\") clears outlet, author, "
            + "publishedOn, url or language. title and sourceType cannot be cleared.")
    record DocumentPatchJson(@Schema(maxLength = 500) String title, @Schema(maxLength = 200) String outlet,
                             @Schema(maxLength = 300) String author,
                             @Schema(type = "string", format = "date", example = "2024-01-24") LocalDate publishedOn,
                             @Schema(maxLength = 2000, format = "uri", example = "https://example.org/story") String url,
                             @Schema(implementation = SourceType.class) String sourceType,
                             @Schema(maxLength = 35, example = "en") String language) {
    }

    record DocumentDetailJson(DocumentJson document, int versionNumber, String format, String text, List<Block> structure,
                              List<SourceLink> links, List<DocumentVersionInfo> versions) {
    }

    record ImportResultJson(String fileName, String outcome, Long documentId, Integer version, String title,
                            String message) {
        static ImportResultJson of(ImportResult r) {
            return new ImportResultJson(r.fileName(), r.outcome().name(),
                    r.documentId() == null ? null : r.documentId().value(), r.version() == 0 ? null : r.version(),
                    r.title(), r.message());
        }
    }

    record ImportResponseJson(List<ImportResultJson> results) {
    }

    @Operation(summary = "Import files as documents, each on its own",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object",
                    requiredProperties = "files"), schemaProperties = @SchemaProperty(name = "files",
                    array = @ArraySchema(schema = @Schema(type = "string", format = "binary"),
                            arraySchema = @Schema(description = "one part per file, each with a file name; "
                                    + "at most 50 parts and 255 characters a name"))))))
    @PostMapping(path = "/api/projects/{projectId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResponseJson upload(@PathVariable long projectId, @Parameter(hidden = true) HttpServletRequest request)
            throws IOException, jakarta.servlet.ServletException {
        var requests = new ArrayList<ImportRequest>();
        for (Part part : request.getParts()) {
            if (part.getSubmittedFileName() == null) {
                continue;
            }
            UploadNames.check("files", part.getSubmittedFileName());
            try (var in = part.getInputStream()) {
                requests.add(ImportRequest.file(part.getSubmittedFileName(), part.getContentType(), in.readAllBytes()));
            }
        }
        if (requests.isEmpty()) {
            throw new InvalidInputException("Send one or more files as multipart/form-data parts with a filename.");
        }
        return new ImportResponseJson(importer.importAll(new ProjectId(projectId), requests).stream()
                .map(ImportResultJson::of).toList());
    }

    @GetMapping("/api/projects/{projectId}/documents")
    List<DocumentJson> list(@PathVariable long projectId,
                            @RequestParam(required = false) String q,
                            @RequestParam(required = false) String outlet,
                            @RequestParam(required = false) SourceType type,
                            @RequestParam(required = false) LocalDate from,
                            @RequestParam(required = false) LocalDate to,
                            @RequestParam(defaultValue = "0") int offset,
                            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000 || offset < 0) {
            throw new InvalidInputException("limit must be 1 to 1000 and offset at least 0.");
        }
        return documents.find(new ProjectId(projectId), new DocumentQuery(q, outlet, type, from, to),
                DocumentSort.NEWEST_FIRST, offset, limit).stream().map(DocumentJson::of).toList();
    }

    @Operation(operationId = "getDocument", summary = "A document with its current text, structure and versions",
            description = "The ETag is the document's version: send it as If-Match to change its metadata.")
    @ApiResponse(responseCode = "200", description = "The document; ETag is its version",
            headers = @Header(name = "ETag", description = "the document's version, e.g. \"2\"",
                    schema = @Schema(type = "string")))
    @GetMapping("/api/documents/{documentId}")
    ResponseEntity<DocumentDetailJson> get(@PathVariable long documentId) {
        var id = new DocumentId(documentId);
        var document = documents.get(id);
        var text = documents.currentText(id);
        return ResponseEntity.ok().eTag(String.valueOf(document.version())).body(new DocumentDetailJson(
                DocumentJson.of(document), text.number(), text.format().name(), text.text(), text.blocks(),
                text.links(), documents.versions(id)));
    }

    private static final Set<String> PATCHABLE = Set.of("title", "outlet", "author", "publishedOn", "url", "sourceType",
            "language");

    @Operation(operationId = "patchDocument", summary = "Change a document's metadata",
            description = "Any of title, outlet, author, publishedOn, url, sourceType and language; what is left out "
                    + "stays. Needs If-Match with the version from a GET's ETag (or a list's version). Editors only. "
                    + "A new publishedOn resolves the dates of the document's claims again (\"on Tuesday\" moves).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = DocumentPatchJson.class))))
    @ApiResponse(responseCode = "200", description = "Saved; ETag is the new version",
            headers = @Header(name = "ETag", description = "the document's new version", schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = DocumentJson.class)))
    @ApiResponse(responseCode = "409", description = "Someone saved first: the document as it is now, to merge and retry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = DocumentJson.class)))
    @PatchMapping(path = "/api/documents/{documentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DocumentJson> patch(@PathVariable long documentId,
                                       @Parameter(required = true, description = "the version from a GET's ETag, "
                                               + "e.g. \"3\"")
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @Parameter(hidden = true) @RequestBody JsonNode body) {
        String version = ifMatch == null ? "" : ifMatch.replace("\"", "").strip();
        if (!version.matches("\\d{1,9}")) {
            throw new InvalidInputException("If-Match", "Send If-Match with the document's version from a GET of it, "
                    + "e.g. If-Match: \"3\".");
        }
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("Send a JSON object with any of " + String.join(", ", sorted(PATCHABLE))
                    + ".");
        }
        for (String name : body.propertyNames()) {
            if (!PATCHABLE.contains(name)) {
                throw new InvalidInputException(name, name + " is not a document field that can be changed. Send any "
                        + "of " + String.join(", ", sorted(PATCHABLE)) + ".");
            }
        }
        if (body.isEmpty()) {
            throw new InvalidInputException("Send one or more of " + String.join(", ", sorted(PATCHABLE)) + ".");
        }
        var id = new DocumentId(documentId);
        var current = documents.get(id);
        var d = current.data();
        // everything that can be refused without the database is refused before anything is written
        String title = body.has("title") ? text(body, "title") : d.title();
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "title cannot be empty: a document needs a title.");
        }
        var data = new DocumentData(title,
                body.has("outlet") ? text(body, "outlet") : d.outlet(),
                body.has("author") ? text(body, "author") : d.author(),
                body.has("publishedOn") ? date(body, "publishedOn") : d.publishedOn(),
                body.has("url") ? text(body, "url") : d.url(),
                body.has("sourceType") ? sourceType(body) : d.sourceType());
        String language = body.has("language") ? text(body, "language") : current.language();
        Document saved;
        try {
            saved = documents.updateMetadata(id, Integer.parseInt(version), data, language);
        } catch (ConflictException stale) {
            var now = documents.get(id);
            return ResponseEntity.status(HttpStatus.CONFLICT).eTag(String.valueOf(now.version()))
                    .body(DocumentJson.of(now));
        }
        return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(DocumentJson.of(saved));
    }

    private static java.util.List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static String text(JsonNode body, String field) {
        var value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidInputException(field, field + " must be text (or null to clear it).");
        }
        return value.asString();
    }

    private static LocalDate date(JsonNode body, String field) {
        String value = text(body, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ApiInput.date(field, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException notADate) {
            throw new InvalidInputException(field, field + " must be a date written YYYY-MM-DD, such as 2024-01-24; \""
                    + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\" is not.");
        }
    }

    private static SourceType sourceType(JsonNode body) {
        String value = text(body, "sourceType");
        var names = java.util.Arrays.stream(SourceType.values()).map(Enum::name).toList();
        if (value == null || !names.contains(value.strip().toUpperCase(java.util.Locale.ROOT))) {
            throw new InvalidInputException("sourceType", "sourceType must be one of " + String.join(", ", names)
                    + (value == null ? "; it cannot be cleared." : "; \"" + (value.length() > 40
                    ? value.substring(0, 40) + "…" : value) + "\" is not."));
        }
        return SourceType.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
