package org.factdesk.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.factdesk.job.JobInput;

/**
 * The entries of a ZIP archive as job inputs, read from a stream one at a time (an archive of any size needs the
 * memory of one entry). Each entry is checked as if it had been uploaded on its own, and what cannot be unpacked
 * safely becomes a refused input with its reason: a path that climbs out of the archive or is absolute, an archive
 * inside the archive (never unpacked, so a nested bomb stays packed), an entry larger than one upload may be, or
 * entries beyond what the whole archive may expand to.
 */
final class ImportArchive implements Iterator<JobInput> {

    static final int MAX_ENTRIES = 100_000;

    private final ZipInputStream zip;
    private final long maxEntry;
    private final long maxTotal;
    private long total;
    private int entries;
    private JobInput next;
    private boolean ended;

    ImportArchive(InputStream in, long maxEntry, long maxTotal) {
        this.zip = new ZipInputStream(in);
        this.maxEntry = maxEntry;
        this.maxTotal = maxTotal;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            next = read();
        }
        return next != null;
    }

    @Override
    public JobInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        var result = next;
        next = null;
        return result;
    }

    private JobInput read() {
        try {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || hidden(entry.getName())) {
                    continue;
                }
                return entry(entry);
            }
            ended = true;
            zip.close();
            return null;
        } catch (ZipException e) {
            ended = true;
            return JobInput.refused("(the archive)", "The archive is damaged from here on (" + e.getMessage()
                    + "); the entries before it were taken. Pack it again and import the rest.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JobInput entry(ZipEntry entry) throws IOException {
        String name = entry.getName();
        if (++entries > MAX_ENTRIES) {
            ended = true;
            return JobInput.refused(name.replaceAll("\\p{Cntrl}", "?"), String.format(Locale.ENGLISH, "The archive "
                    + "holds more than %,d files; the rest was not unpacked. Split it into smaller archives.",
                    MAX_ENTRIES));
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            // stored as its result's name, where PostgreSQL refuses NUL: shown with ? instead
            return JobInput.refused(name.replaceAll("\\p{Cntrl}", "?"), "Its name holds control characters, so it "
                    + "was not unpacked. Rename it and pack the archive again.");
        }
        if (unsafe(name)) {
            return JobInput.refused(name, "Its path leaves the archive or is absolute (\"" + name + "\"), so it was "
                    + "not unpacked.");
        }
        var out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long size = 0;
        int n;
        boolean first = true;
        while ((n = zip.read(buffer)) > 0) {
            if (first && ZipArchives.startsAZip(buffer, n) && !ZipArchives.zippedDocument(name)) {
                return JobInput.refused(name, "It is an archive inside the archive, which is not unpacked. Unpack it "
                        + "and import its files, or upload it on its own.");
            }
            first = false;
            size += n;
            total += n;
            if (size > maxEntry) {
                return JobInput.refused(name, "It unpacks to more than " + UrlFetcher.megabytes(maxEntry)
                        + ", the largest file an upload may be.");
            }
            if (total > maxTotal) {
                ended = true;
                return JobInput.refused(name, "The archive unpacks to more than " + UrlFetcher.megabytes(maxTotal)
                        + " (a zip bomb?); this entry and the rest were not unpacked.");
            }
            out.write(buffer, 0, n);
        }
        return JobInput.file(name, null, out.toByteArray());
    }

    /** A path that is absolute, names a drive, or climbs with "..": taken apart like a file system would. */
    static boolean unsafe(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Folders' own files of macOS and Windows, which are no sources. */
    private static boolean hidden(String name) {
        String base = baseName(name);
        return name.startsWith("__MACOSX/") || base.startsWith("._") || base.equals(".DS_Store")
                || base.equalsIgnoreCase("Thumbs.db");
    }

    /** An entry's own name, without the folders it is in (the results list shows the whole path). */
    static String baseName(String name) {
        String path = name.replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
