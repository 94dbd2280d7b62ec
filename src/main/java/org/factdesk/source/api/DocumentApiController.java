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
import java.util.ArrayList;
import java.util.List;
import org.factdesk.base.InvalidInputException;
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
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DocumentApiController {

    private final DocumentService documents;
    private final SourceImporter importer;

    DocumentApiController(DocumentService documents, SourceImporter importer) {
        this.documents = documents;
        this.importer = importer;
    }

    record DocumentJson(long id, long projectId, String title, String outlet, String author, LocalDate publishedOn,
                        String url, String sourceType, String language, int currentVersion, int version) {
        static DocumentJson of(Document d) {
            var data = d.data();
            return new DocumentJson(d.id().value(), d.projectId().value(), data.title(), data.outlet(), data.author(),
                    data.publishedOn(), data.url(), data.sourceType().name(), d.language(), d.currentVersion(),
                    d.version());
        }
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

    @GetMapping("/api/documents/{documentId}")
    DocumentDetailJson get(@PathVariable long documentId) {
        var id = new DocumentId(documentId);
        var document = documents.get(id);
        var text = documents.currentText(id);
        return new DocumentDetailJson(DocumentJson.of(document), text.number(), text.format().name(), text.text(),
                text.blocks(), text.links(), documents.versions(id));
    }
}
