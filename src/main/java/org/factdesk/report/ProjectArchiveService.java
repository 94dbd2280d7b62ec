package org.factdesk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole project as one ZIP archive (its rows as JSON, plus each source's original file), and back as a new
 * project on any Factdesk. A restore checks the whole archive before it writes, and writes in one transaction:
 * a corrupt, truncated or foreign file creates nothing.
 */
@Service
public class ProjectArchiveService {

    static final String FORMAT = "factdesk-archive";
    static final int FORMAT_VERSION = 1;
    static final String DATA = "factdesk-archive.json";
    static final String ORIGINALS = "originals/";
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    private final JdbcArchiveRepository archive;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;

    ProjectArchiveService(JdbcArchiveRepository archive, ProjectAccess access, ProjectService projects,
                          CurrentUser currentUser, JsonMapper json, Clock clock) {
        this.archive = archive;
        this.access = access;
        this.projects = projects;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    public String fileName(ProjectId projectId) {
        return ReportService.slug(access.requireRead(projectId).name()) + "-backup-"
                + clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate() + ".zip";
    }

    /** Writes the archive; one table's rows at a time pass through memory. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(ProjectId projectId, OutputStream out) {
        var project = access.requireRead(projectId).project();
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

    /** Restores an archive as a new project owned by the current user. */
    @Transactional
    public MyProject restore(InputStream in) {
        currentUser.requireId();
        var parsed = read(in);
        var root = parsed.data();
        var tables = root.path("tables");
        var project = projects.create(freeName(root.path("project").path("name").asString()),
                root.path("project").path("description").asString(""));
        var logins = new ArrayList<String>();
        var oldUserLogins = new HashMap<Long, String>();
        for (JsonNode user : root.path("users")) {
            logins.add(user.path("login").asString());
            oldUserLogins.put(user.path("id").asLong(), user.path("login").asString().toLowerCase(Locale.ROOT));
        }
        var userIds = archive.userIdsByLogin(logins);
        long me = currentUser.requireId().value();
        var newIds = new HashMap<String, Map<Long, Long>>();
        for (var table : ArchiveTable.ALL) {
            var writable = archive.writableColumns(table);
            var ids = newIds.computeIfAbsent(table.name(), k -> new HashMap<>());
            for (JsonNode node : tables.path(table.name())) {
                if (!(node instanceof ObjectNode row)) {
                    throw foreign("a row of " + table.name() + " is not an object");
                }
                long oldId = row.path("id").asLong();
                if (row.has("project_id")) {
                    row.put("project_id", project.id().value());
                }
                for (var ref : table.refs().entrySet()) {
                    remap(row, ref.getKey(), newIds.get(ref.getValue()), table);
                }
                if (table.name().equals("review_revision")) {
                    String target = switch (row.path("entity_type").asString()) {
                        case "evidence" -> "evidence";
                        case "comment" -> "comment";
                        default -> "claim";
                    };
                    remap(row, "entity_id", newIds.get(target), table);
                }
                for (String column : table.userColumns()) {
                    if (row.hasNonNull(column)) {
                        Long user = userIds.get(oldUserLogins.get(row.path(column).asLong()));
                        // people unknown here leave their work unattributed; a comment needs an author, so it is the restorer's
                        if (user == null && column.equals("author_id")) {
                            user = me;
                        }
                        row.put(column, user);
                    }
                }
                if (table.name().equals("document_version")) {
                    byte[] original = parsed.originals().get(oldId);
                    row.put("original", original == null ? null : "\\x" + HexFormat.of().formatHex(original));
                }
                var columns = new ArrayList<String>();
                row.propertyNames().forEach(name -> {
                    if (writable.contains(name)) {
                        columns.add(name);
                    }
                });
                Long newId;
                try {
                    newId = archive.insert(table, columns, row.toString());
                } catch (org.springframework.dao.DataAccessException e) {
                    // a row whose values do not fit the table (edited by hand, or damaged): the whole restore is undone
                    throw new InvalidInputException("This backup is damaged: a row of " + table.name() + " (id "
                            + oldId + ") does not fit this Factdesk's tables. Restore an unmodified backup.");
                }
                if (newId != null) {
                    ids.put(oldId, newId);
                }
            }
        }
        return access.requireRead(project.id());
    }

    private static void remap(ObjectNode row, String column, Map<Long, Long> ids, ArchiveTable table) {
        if (!row.hasNonNull(column)) {
            return;
        }
        Long mapped = ids == null ? null : ids.get(row.path(column).asLong());
        if (mapped == null) {
            throw foreign("a row of " + table.name() + " points at a " + column.replace("_id", "")
                    + " the archive does not contain");
        }
        row.put(column, mapped);
    }

    private record Parsed(JsonNode data, Map<Long, byte[]> originals) {
    }

    /** Reads and checks the whole archive before anything is written. */
    private Parsed read(InputStream in) {
        JsonNode data = null;
        var originals = new HashMap<Long, byte[]>();
        try (var zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(DATA)) {
                    data = json.readTree(readEntry(zip));
                } else if (entry.getName().startsWith(ORIGINALS)) {
                    try {
                        originals.put(Long.parseLong(entry.getName().substring(ORIGINALS.length())), readEntry(zip));
                    } catch (NumberFormatException e) {
                        throw foreign("it holds an unexpected file, " + entry.getName());
                    }
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new InvalidInputException("This file is damaged or incomplete (" + e.getMessage() + "). "
                    + "Download the backup again and restore that copy.");
        } catch (JacksonException e) {
            throw new InvalidInputException("The backup's data is damaged or incomplete: it is not valid JSON. "
                    + "Download the backup again and restore that copy.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (data == null) {
            throw foreign("it has no " + DATA);
        }
        if (!FORMAT.equals(data.path("format").asString(""))) {
            throw foreign("its data is not a Factdesk project");
        }
        if (data.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new InvalidInputException("This backup has format version " + data.path("formatVersion").asInt()
                    + "; this Factdesk restores version " + FORMAT_VERSION + ". Restore it with a matching version.");
        }
        if (data.path("project").path("name").asString("").isBlank() || !data.path("tables").isObject()) {
            throw foreign("its project or tables are missing");
        }
        for (JsonNode version : data.path("tables").path("document_version")) {
            if (version.hasNonNull("original_name") && !originals.containsKey(version.path("id").asLong())) {
                throw new InvalidInputException("This backup is incomplete: the original file of \""
                        + version.path("original_name").asString() + "\" is missing. Download the backup again.");
            }
        }
        return new Parsed(data, originals);
    }

    private static byte[] readEntry(ZipInputStream zip) throws IOException {
        var bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = zip.read(buffer)) > 0) {
            bytes.write(buffer, 0, n);
            if (bytes.size() > MAX_ENTRY_BYTES) {
                throw new InvalidInputException("A file inside the backup is larger than 512 MB: not a Factdesk backup.");
            }
        }
        return bytes.toByteArray();
    }

    private static InvalidInputException foreign(String why) {
        return new InvalidInputException("This is not a Factdesk backup, or it was changed: " + why + ". "
                + "Choose a .zip made with \"Download backup\".");
    }
}
