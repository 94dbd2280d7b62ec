package org.factdesk.report;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.factdesk.base.InvalidInputException;
import org.factdesk.review.RevisionEntity;
import org.factdesk.team.ProjectId;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One restore of an archive, read as a stream: the ZIP entry by entry, the data row by row (Jackson's streaming
 * parser), so that memory holds one row and one original file at a time, whatever the archive's size. Every entry
 * counts against a cap on what the archive may expand to. All of it runs in the caller's transaction, so any refusal,
 * wherever in the file it is found, leaves nothing behind.
 */
final class ArchiveRestore {

    /** What a whole archive may expand to: larger than any project of this instance, far smaller than the heap. */
    static final long MAX_EXPANDED_BYTES = 4L * 1024 * 1024 * 1024;
    /** One original file: uploads are capped far lower (factdesk.sources.max-file-size). */
    static final long MAX_ORIGINAL_BYTES = 64L * 1024 * 1024;

    /** The columns that hold links, which reports and the UI write as links: only web addresses come in. */
    private static final Map<String, List<String>> ADDRESSES = Map.of(
            "document", List.of("url"),
            "evidence", List.of("url", "archived_url"),
            "review_settings", List.of("publisher_url", "public_url_base"));

    /** Makes the project once the header is read: the restorer owns it. */
    interface ProjectMaker {
        ProjectId create(String name, String description);
    }

    private final JdbcArchiveRepository archive;
    private final JsonMapper json;
    private final RestoreOptions options;
    private final long restorer;
    private final ProjectMaker projects;
    private final Map<String, Map<Long, Long>> newIds = new HashMap<>();
    private final Map<Long, String> oldUserLogins = new HashMap<>();
    private final Map<Long, String> oldUserNames = new HashMap<>();
    private final Map<String, Long> mappedIds = new HashMap<>();
    private final Map<String, String> mapped = new HashMap<>();
    private final Set<Long> versionsWithOriginal = new HashSet<>();
    private final Set<Long> originalsRestored = new HashSet<>();
    private final Map<Long, String> originalNames = new HashMap<>();
    private ProjectId project;
    private long expanded;

    ArchiveRestore(JdbcArchiveRepository archive, JsonMapper json, RestoreOptions options, long restorer,
                   ProjectMaker projects) {
        this.archive = archive;
        this.json = json;
        this.options = options;
        this.restorer = restorer;
        this.projects = projects;
        options.people().forEach((from, to) -> mapped.put(from.toLowerCase(Locale.ROOT), to.toLowerCase(Locale.ROOT)));
        mappedIds.putAll(archive.userIdsByLogin(List.copyOf(mapped.values())));
        for (var to : mapped.values()) {
            if (!mappedIds.containsKey(to)) {
                throw new InvalidInputException("There is no account \"" + to + "\" here to map the backup's people to.");
            }
        }
    }

    /** Reads the archive and writes its rows; the new project, or a refusal that says why. */
    ProjectId restore(InputStream in) throws IOException {
        boolean sawData = false;
        try (var zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                var capped = new Capped(zip, entry.getName());
                if (entry.getName().equals(ProjectArchiveService.DATA)) {
                    data(capped);
                    sawData = true;
                } else if (entry.getName().startsWith(ProjectArchiveService.ORIGINALS)) {
                    if (!sawData) {
                        throw foreign("its original files come before its data");
                    }
                    original(entry.getName(), capped);
                }
            }
        }
        if (!sawData) {
            throw foreign("it has no " + ProjectArchiveService.DATA);
        }
        for (long version : versionsWithOriginal) {
            if (!originalsRestored.contains(version)) {
                throw new InvalidInputException("This backup is incomplete: the original file of \""
                        + originalNames.get(version) + "\" is missing. Download the backup again.");
            }
        }
        return project;
    }

    private void data(InputStream in) {
        try (JsonParser p = json.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw foreign("its data is not a Factdesk project");
            }
            String format = null;
            int formatVersion = -1;
            JsonNode header = null;
            String name;
            while ((name = p.nextName()) != null) {
                p.nextToken();
                switch (name) {
                    case "format" -> format = p.getString();
                    case "formatVersion" -> formatVersion = p.currentToken() == JsonToken.VALUE_NUMBER_INT
                            ? p.getIntValue() : -1;
                    case "project" -> header = (JsonNode) p.readValueAsTree();
                    case "users" -> users((JsonNode) p.readValueAsTree());
                    case "tables" -> {
                        checkHeader(format, formatVersion, header);
                        tables(p);
                    }
                    default -> p.skipChildren();
                }
            }
            if (project == null) {
                checkHeader(format, formatVersion, header);
                throw foreign("its project or tables are missing");
            }
        }
    }

    private void checkHeader(String format, int formatVersion, JsonNode header) {
        if (!ProjectArchiveService.FORMAT.equals(format)) {
            throw foreign("its data is not a Factdesk project");
        }
        if (formatVersion != ProjectArchiveService.FORMAT_VERSION) {
            throw new InvalidInputException("This backup has format version " + formatVersion + "; this Factdesk "
                    + "restores version " + ProjectArchiveService.FORMAT_VERSION + ". Restore it with a matching version.");
        }
        if (header == null || header.path("name").asString("").isBlank()) {
            throw foreign("its project or tables are missing");
        }
        project = projects.create(header.path("name").asString(), header.path("description").asString(""));
    }

    private void users(JsonNode users) {
        for (JsonNode user : users) {
            String login = user.path("login").asString();
            String name = user.path("displayName").asString(login);
            oldUserLogins.put(user.path("id").asLong(), login.toLowerCase(Locale.ROOT));
            oldUserNames.put(user.path("id").asLong(), name.equalsIgnoreCase(login) ? name : name + " (" + login + ")");
        }
    }

    /** The tables in restore order, each row written as it is read. */
    private void tables(JsonParser p) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw foreign("its tables are missing");
        }
        int position = 0;
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            ArchiveTable table = null;
            for (int i = position; i < ArchiveTable.ALL.size(); i++) {
                if (ArchiveTable.ALL.get(i).name().equals(name)) {
                    table = ArchiveTable.ALL.get(i);
                    position = i + 1;
                }
            }
            if (table == null) {
                throw foreign("its table " + name + " is unknown here or out of order");
            }
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw foreign("its table " + name + " is not a list of rows");
            }
            var writable = archive.writableColumns(table);
            var ids = newIds.computeIfAbsent(table.name(), k -> new HashMap<>());
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (!((JsonNode) p.readValueAsTree() instanceof ObjectNode row)) {
                    throw foreign("a row of " + table.name() + " is not an object");
                }
                row(table, row, writable, ids);
            }
        }
    }

    private void row(ArchiveTable table, ObjectNode row, Set<String> writable, Map<Long, Long> ids) {
        long oldId = row.path("id").asLong();
        requireWebAddresses(table, row);
        if (row.has("project_id")) {
            row.put("project_id", project.value());
        }
        for (var ref : table.refs().entrySet()) {
            remap(row, ref.getKey(), newIds.get(ref.getValue()), table);
        }
        if (table.name().equals("review_revision")) {
            // the table an entry's entity_id points into: evidence and comment rows, else the claim itself
            String entity = row.path("entity_type").asString();
            String target = entity.equals(RevisionEntity.EVIDENCE.key()) ? "evidence"
                    : entity.equals(RevisionEntity.COMMENT.key()) ? "comment" : "claim";
            remap(row, "entity_id", newIds.get(target), table);
        }
        attribute(table, row);
        if (table.name().equals("document_version")) {
            // the original arrives as an entry of its own, after the data
            row.remove("original");
            if (row.hasNonNull("original_name")) {
                versionsWithOriginal.add(oldId);
                originalNames.put(oldId, row.path("original_name").asString());
            }
        }
        var columns = new ArrayList<String>();
        row.propertyNames().forEach(column -> {
            if (writable.contains(column)) {
                columns.add(column);
            }
        });
        Long newId;
        try {
            newId = archive.insert(table, columns, row.toString());
        } catch (org.springframework.dao.DataAccessException e) {
            // a row whose values do not fit the table (edited by hand, or damaged): the whole restore is undone
            throw new InvalidInputException("This backup is damaged: a row of " + table.name() + " (id " + oldId
                    + ") does not fit this Factdesk's tables. Restore an unmodified backup.");
        }
        if (newId != null) {
            ids.put(oldId, newId);
        }
    }

    /**
     * People of the archive are names, not accounts: an account here gets the work only where an admin mapped the
     * login to it. A comment needs an author, so the restorer holds it, under the writer's name.
     */
    private void attribute(ArchiveTable table, ObjectNode row) {
        // names from an earlier restore stay; people of this archive join them
        var named = row.path("restored_people") instanceof ObjectNode earlier ? earlier
                : row.putObject("restored_people");
        for (String column : table.userColumns()) {
            if (row.hasNonNull(column)) {
                long old = row.path(column).asLong();
                String to = mapped.get(oldUserLogins.get(old));
                Long user = to == null ? null : mappedIds.get(to);
                if (user == null) {
                    named.put(column, oldUserNames.getOrDefault(old, "someone"));
                }
                if (user == null && column.equals("author_id")) {
                    row.put(column, restorer);
                } else {
                    row.put(column, user);
                }
            }
        }
        if (named.isEmpty()) {
            row.putNull("restored_people");
        }
    }

    private void original(String entryName, InputStream in) throws IOException {
        long oldVersion;
        try {
            oldVersion = Long.parseLong(entryName.substring(ProjectArchiveService.ORIGINALS.length()));
        } catch (NumberFormatException e) {
            throw foreign("it holds an unexpected file, " + entryName);
        }
        Long version = newIds.getOrDefault("document_version", Map.of()).get(oldVersion);
        if (version == null) {
            throw foreign("it holds an original file of no version, " + entryName);
        }
        var bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            bytes.write(buffer, 0, n);
            if (bytes.size() > MAX_ORIGINAL_BYTES) {
                throw new InvalidInputException("An original file inside the backup is larger than "
                        + MAX_ORIGINAL_BYTES / (1024 * 1024) + " MB: not a Factdesk backup.");
            }
        }
        archive.setOriginal(version, bytes.toByteArray());
        originalsRestored.add(oldVersion);
    }

    private static void requireWebAddresses(ArchiveTable table, ObjectNode row) {
        for (String column : ADDRESSES.getOrDefault(table.name(), List.of())) {
            if (row.hasNonNull(column) && !org.factdesk.base.WebAddress.isWeb(row.path(column).asString())) {
                throw foreign("a row of " + table.name() + " has a " + column.replace('_', ' ')
                        + " that is not a web address");
            }
        }
    }

    private static void remap(ObjectNode row, String column, Map<Long, Long> ids, ArchiveTable table) {
        if (!row.hasNonNull(column)) {
            return;
        }
        Long mappedId = ids == null ? null : ids.get(row.path(column).asLong());
        if (mappedId == null) {
            throw foreign("a row of " + table.name() + " points at a " + column.replace("_id", "")
                    + " the archive does not contain");
        }
        row.put(column, mappedId);
    }

    static InvalidInputException foreign(String why) {
        return new InvalidInputException("This is not a Factdesk backup, or it was changed: " + why + ". "
                + "Choose a .zip made with \"Download backup\".");
    }

    /**
     * An entry of the archive as read: counted against the archive's cap on expansion (a 457 KB file once held one
     * entry of 450 MB), and never closed by the JSON parser, since the ZIP goes on after it.
     */
    private final class Capped extends FilterInputStream {

        private final String name;

        Capped(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            expanded += n;
            if (expanded > MAX_EXPANDED_BYTES) {
                throw new InvalidInputException("This backup expands to more than "
                        + MAX_EXPANDED_BYTES / (1024 * 1024 * 1024) + " GB (at " + name + "): not a Factdesk backup.");
            }
        }

        @Override
        public void close() {
            // the ZIP stream is closed by its owner, after its last entry
        }
    }
}
