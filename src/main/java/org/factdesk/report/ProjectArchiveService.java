package org.factdesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.factdesk.base.InvalidInputException;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole project as one ZIP archive (its rows as JSON, plus each source's original file), and back as a new
 * project on any Factdesk. A restore checks the whole archive before it writes, and writes in one transaction:
 * a corrupt, truncated or foreign file creates nothing.
 */
@Service
public class ProjectArchiveService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProjectArchiveService.class);

    static final String FORMAT = "factdesk-archive";
    static final int FORMAT_VERSION = 1;
    static final String DATA = "factdesk-archive.json";
    static final String ORIGINALS = "originals/";

    private final JdbcArchiveRepository archive;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final org.factdesk.claim.ClaimService claims;
    private final Clock clock;

    ProjectArchiveService(JdbcArchiveRepository archive, ProjectAccess access, ProjectService projects,
                          CurrentUser currentUser, JsonMapper json, org.factdesk.claim.ClaimService claims,
                          Clock clock) {
        this.claims = claims;
        this.archive = archive;
        this.access = access;
        this.projects = projects;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    public String fileName(ProjectId projectId) {
        requireNothingHidden(projectId);
        return ReportService.slug(access.requireRead(projectId).name()) + "-backup-"
                + clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate() + ".zip";
    }

    /**
     * A backup holds every verdict, rationale and comment: a reviewer who judges claims of the project blind in an open
     * agreement round (decision 0020) gets none until they have given their verdicts or the round is closed.
     */
    private void requireNothingHidden(ProjectId projectId) {
        whyNoBackup(projectId).ifPresent(reason -> {
            throw new org.factdesk.base.PermissionDeniedException(reason);
        });
    }

    /** Why the signed-in user may not download the project's backup now, if they may not. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> whyNoBackup(ProjectId projectId) {
        access.requireRead(projectId);
        return claims.verdictsHidden(projectId).isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(
                "You judge claims of this project blind in an open agreement round, and a backup holds every "
                        + "verdict. Download it once you have given your verdicts or the round is closed.");
    }

    /** Writes the archive; one table's rows at a time pass through memory. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(ProjectId projectId, OutputStream out) {
        var project = access.requireRead(projectId).project();
        requireNothingHidden(projectId);
        try {
            var zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(DATA));
            var data = new JsonOut(zip);
            var g = data.json;
            g.writeStartObject();
            data.text("format", FORMAT);
            data.number("formatVersion", FORMAT_VERSION);
            data.time("exportedAt", clock.instant());
            g.writeObjectPropertyStart("project");
            data.text("name", project.data().name());
            data.text("description", project.data().description());
            g.writeEndObject();
            g.writeArrayPropertyStart("users");
            for (var user : archive.users(projectId)) {
                g.writeStartObject();
                data.number("id", user.id());
                data.text("login", user.login());
                data.text("displayName", user.displayName());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("tables");
            for (var table : ArchiveTable.ALL) {
                g.writeArrayPropertyStart(table.name());
                archive.rows(table, projectId, g::writeRawValue);
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
            data.flush();
            zip.closeEntry();
            archive.originals(projectId, (original, versionId) -> {
                try {
                    zip.putNextEntry(new ZipEntry(ORIGINALS + versionId));
                    zip.write(original);
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The archive's project name, or "… (restored)" (then "(restored 2)", …) when the restorer has one of that name. */
    private String freeName(String name) {
        var taken = projects.listMine(true).stream().map(p -> p.name().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
        String candidate = name;
        for (int n = 1; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + (n == 1 ? " (restored)" : " (restored " + n + ")");
        }
        return candidate;
    }

    /** Restores an archive as a new project owned by the current user, attributing nothing to accounts here. */
    @Transactional
    public MyProject restore(InputStream in) {
        return restore(in, RestoreOptions.safe());
    }

    /**
     * Restores an archive as a new project owned by the current user. An archive is a file anyone can write, so its
     * people are names, not accounts: their work here is attributed to text ("Rita Novak (rita), restored from
     * backup") unless an instance admin maps a login to an account, and published claims come in as Needs review
     * unless the restorer keeps them published. The archive is read as a stream ({@link ArchiveRestore}), in one
     * transaction: a refusal found anywhere in it leaves nothing behind.
     */
    @Transactional
    public MyProject restore(InputStream in, RestoreOptions options) {
        var restorer = currentUser.require();
        if (!options.people().isEmpty() && !restorer.instanceAdmin()) {
            throw new org.factdesk.base.PermissionDeniedException("Only an instance admin maps the people of a backup "
                    + "to accounts here. Restore it without a mapping; their work keeps their names as text.");
        }
        ProjectId project;
        try {
            project = new ArchiveRestore(archive, json, options, restorer.userId().value(),
                    (name, description) -> projects.create(freeName(name), description).id()).restore(in);
        } catch (ZipException | java.io.EOFException e) {
            throw new InvalidInputException("This file is damaged or incomplete (" + e.getMessage() + "). "
                    + "Download the backup again and restore that copy.");
        } catch (JacksonException e) {
            log.info("Refused a backup whose data is not valid JSON: {}", e.getOriginalMessage());
            throw new InvalidInputException("The backup's data is damaged or incomplete: it is not valid JSON. "
                    + "Download the backup again and restore that copy.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!options.keepPublished()) {
            archive.sendPublishedBackToReview(project, restorer.userId().value(), clock.instant());
        }
        return access.requireRead(project);
    }
}
