package org.factdesk.source.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.web.ApiInput;
import org.factdesk.job.api.JobJson;
import org.factdesk.job.api.JobResponses;
import org.factdesk.source.BulkImports;
import org.factdesk.source.ZipArchives;
import org.factdesk.source.ImportRequest;
import org.factdesk.team.ProjectId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports that run as a job: the call stores what was sent and answers 202 at once; the job does the work in the
 * background and GET /api/jobs/{id} shows how far it is. One path, two bodies (the JSON one is a second handler).
 */
@RestController
class BulkImportApiController {

    private static final String PATH = "/api/projects/{projectId}/imports";
    private static final String FILES = "files";
    private static final String ARCHIVE = "file";
    /** Longer than any address a browser or a server takes; a longer one is a mistake, not a page. */
    private static final int MAX_URL_LENGTH = 8192;
    /** Word, Excel, PowerPoint, OpenDocument and EPUB files are ZIPs too, but documents, not archives of them. */
    private final BulkImports imports;
    private final JobResponses responses;

    BulkImportApiController(BulkImports imports, JobResponses responses) {
        this.imports = imports;
        this.responses = responses;
    }

    record AddressesJson(@ArraySchema(schema = @Schema(example = "https://example.org/news/harbour-fire"),
            arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "web addresses (http or "
                    + "https), at most 10,000; anything else becomes a REJECTED result")) List<String> urls) {
    }

    @Operation(operationId = "startImport", summary = "Import many files, a ZIP archive or a list of web addresses, as a job",
            description = "multipart/form-data with one or more parts named files (each a file), or one part named "
                    + "file holding a ZIP archive (its entries are checked one by one: unsafe paths, nested archives "
                    + "and zip bombs are refused, not unpacked); or application/json {\"urls\": [...]}. Answers at once "
                    + "with the job; follow Location (GET /api/jobs/{id}) until it has ended.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object"),
                            schemaProperties = {
                                    @SchemaProperty(name = FILES, array = @ArraySchema(
                                            schema = @Schema(type = "string", format = "binary"),
                                            arraySchema = @Schema(description = "one part per file, each with a file "
                                                    + "name; at most 50 parts and 255 characters a name"))),
                                    @SchemaProperty(name = ARCHIVE, schema = @Schema(type = "string", format = "binary",
                                            description = "instead of files: one ZIP archive"))}),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AddressesJson.class))}))
    @ApiResponse(responseCode = "202", description = "The job was made and runs in the background",
            headers = @Header(name = "Location", description = "the job: /api/jobs/{id}",
                    schema = @Schema(type = "string", example = "/api/jobs/42")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = JobJson.class)))
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<JobJson> upload(@PathVariable long projectId, @Parameter(hidden = true) HttpServletRequest request)
            throws IOException, ServletException {
        var files = new ArrayList<Part>();
        var archives = new ArrayList<Part>();
        for (Part part : request.getParts()) {
            switch (part.getName()) {
                case FILES -> files.add(named(part));
                case ARCHIVE -> archives.add(named(part));
                default -> throw new InvalidInputException(UploadNames.printable(part.getName()), "There is no part \""
                        + UploadNames.printable(part.getName()) + "\" here. Send the files as parts named files, or "
                        + "one ZIP archive as the part named file.");
            }
        }
        if (files.isEmpty() && archives.isEmpty()) {
            throw new InvalidInputException(FILES, "Send the files as multipart/form-data parts named files, each "
                    + "with a file name (curl -F files=@one.txt -F files=@two.pdf), or one ZIP archive as the part "
                    + "named file (curl -F file=@archive.zip).");
        }
        if (!files.isEmpty() && !archives.isEmpty()) {
            throw new InvalidInputException(ARCHIVE, "Send either files or one ZIP archive in file, not both: put the "
                    + "files in the archive, or send the archive in a request of its own.");
        }
        var project = new ProjectId(projectId);
        if (!archives.isEmpty()) {
            return archive(project, archives);
        }
        var requests = new ArrayList<ImportRequest>(files.size());
        for (Part part : files) {
            try (var in = part.getInputStream()) {
                requests.add(ImportRequest.file(part.getSubmittedFileName(), part.getContentType(), in.readAllBytes()));
            }
        }
        return responses.accepted(imports.files(project, requests));
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JobJson> addresses(@PathVariable long projectId, @RequestBody AddressesJson body) {
        if (body.urls() == null) {
            throw new InvalidInputException("urls", "Send the addresses as {\"urls\": [\"https://…\", …]}.");
        }
        if (body.urls().isEmpty()) {
            throw new InvalidInputException("urls", "Send at least one address in urls.");
        }
        ApiInput.texts("urls", body.urls(), MAX_URL_LENGTH);
        return responses.accepted(imports.addresses(new ProjectId(projectId), body.urls()));
    }

    /** Read as it is stored, from the part Tomcat keeps on disk: an archive of any size needs little memory. */
    private ResponseEntity<JobJson> archive(ProjectId project, List<Part> archives) throws IOException {
        if (archives.size() > 1) {
            throw new InvalidInputException(ARCHIVE, "Send one ZIP archive per request in file; several files go "
                    + "in parts named files.");
        }
        var part = archives.getFirst();
        String name = part.getSubmittedFileName();
        try (InputStream in = new BufferedInputStream(part.getInputStream())) {
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            if (Arrays.equals(magic, new byte[] {'P', 'K', 5, 6})) {
                throw new InvalidInputException(ARCHIVE, "The archive \"" + UploadNames.printable(name)
                        + "\" is empty: it holds no files.");
            }
            if (!ZipArchives.isArchive(name, magic)) {
                throw new InvalidInputException(ARCHIVE, "\"" + UploadNames.printable(name) + "\" is no ZIP archive. "
                        + "Send single files as parts named files (imported as a job), or to POST /api/projects/"
                        + project + "/documents (imported at once).");
            }
            return responses.accepted(imports.archive(project, name, in));
        }
    }

    private static Part named(Part part) {
        String name = part.getSubmittedFileName();
        if (name == null) {
            throw new InvalidInputException(part.getName(), "The part " + part.getName() + " needs a file name: "
                    + "send it as a file (curl -F " + part.getName() + "=@name).");
        }
        UploadNames.check(part.getName(), name);
        return part;
    }
}
