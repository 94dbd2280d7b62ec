package org.factdesk.report.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.report.ExportFormat;
import org.factdesk.report.ExportOptions;
import org.factdesk.report.ExportProgress;
import org.factdesk.report.ExportRequest;
import org.factdesk.report.ProjectArchiveService;
import org.factdesk.report.ReportService;
import org.factdesk.source.DocumentId;
import org.factdesk.team.ProjectId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Reports, exports and backups of a project; the body streams as it is made. */
@RestController
class ReportApiController {

    private final ReportService reports;
    private final ProjectArchiveService archives;

    ReportApiController(ReportService reports, ProjectArchiveService archives) {
        this.reports = reports;
        this.archives = archives;
    }

    @Operation(summary = "Export a report, streamed as a download")
    @ApiResponse(responseCode = "200", description = "The report in the asked format", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary",
                    description = "see src/main/resources/report/factdesk-report.schema.json")),
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/ld+json", schema = @Schema(type = "string", format = "binary"))})
    @GetMapping("/api/projects/{projectId}/export")
    void export(@PathVariable long projectId,
                @Parameter(required = true, schema = @Schema(allowableValues = {"html", "pdf", "csv", "json", "md",
                        "claimreview", "w3c", "links"})) @RequestParam(required = false) String format,
                @RequestParam(required = false) Long documentId, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "true") boolean rationale, @RequestParam(defaultValue = "true") boolean evidence,
                @RequestParam(defaultValue = "false") boolean comments, @RequestParam(defaultValue = "false") boolean history,
                @RequestParam(defaultValue = "false") boolean dismissed, @RequestParam(defaultValue = "false") boolean unreviewed,
                @RequestParam(defaultValue = "false") boolean bom,
                @Parameter(description = "HTML and PDF: a Timeline section; JSON: the events of the report's claims")
                @RequestParam(defaultValue = "false") boolean timeline,
                @Parameter(description = "HTML, PDF and JSON: the project's agreement rounds with their figures")
                @RequestParam(defaultValue = "false") boolean agreement,
                HttpServletResponse response) throws IOException {
        var id = new ProjectId(projectId);
        var exportFormat = ExportFormat.byKey(format).orElseThrow(() -> new InvalidInputException(
                (format == null ? "Say which format to export" : "There is no export format \"" + format + "\"")
                        + ". Formats: " + ExportFormat.keys() + "."));
        var filter = new ClaimQuery(documentId == null ? null : new DocumentId(documentId), null, status(status),
                null, null, null, null, null);
        var request = new ExportRequest(id, exportFormat, filter,
                new ExportOptions(rationale, evidence, comments, history, dismissed, unreviewed, bom, timeline,
                        agreement));
        // checks access and the format's settings before the first byte, so errors still get their status
        String fileName = reports.prepare(request);
        response.setContentType(exportFormat.mediaType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
        reports.export(request, response.getOutputStream(), ExportProgress.NONE);
    }

    private static ClaimStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ClaimStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("There is no status \"" + status + "\". Statuses: "
                    + java.util.Arrays.stream(ClaimStatus.values()).map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining(", ")) + ".");
        }
    }

    @Operation(summary = "Download the project's backup (ZIP)")
    @ApiResponse(responseCode = "200", description = "The backup", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/projects/{projectId}/backup")
    void backup(@PathVariable long projectId, HttpServletResponse response) throws IOException {
        var id = new ProjectId(projectId);
        String fileName = archives.fileName(id);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
        archives.export(id, response.getOutputStream());
    }

    record RestoredJson(long id, String name) {
    }

    @Operation(summary = "Restore a backup as a new project owned by the caller; published claims come in as "
            + "Needs review unless keepPublished, and people are names unless an admin maps logins (people=rita:rosa)")
    @PostMapping(path = "/api/projects/import", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RestoredJson restore(@RequestParam("file") MultipartFile file,
                         @RequestParam(defaultValue = "false") boolean keepPublished,
                         @RequestParam(required = false) String people) throws IOException {
        try (var in = file.getInputStream()) {
            var project = archives.restore(in, new org.factdesk.report.RestoreOptions(peopleMap(people), keepPublished));
            return new RestoredJson(project.id().value(), project.name());
        }
    }

    /** {@code rita:rosa,tom:thomas}: the backup's logins, each to an account here (instance admins only). */
    private static java.util.Map<String, String> peopleMap(String people) {
        var map = new java.util.LinkedHashMap<String, String>();
        if (people != null && !people.isBlank()) {
            for (String pair : people.split(",")) {
                String[] parts = pair.split(":", 2);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new org.factdesk.base.InvalidInputException("people maps logins as from:to, separated by "
                            + "commas, e.g. people=rita:rosa,tom:thomas; \"" + pair + "\" is not one.");
                }
                map.put(parts[0].strip(), parts[1].strip());
            }
        }
        return map;
    }
}
